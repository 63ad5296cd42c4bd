// What a decision's choice is, as technology ids, and which decision plays the role a stated technology fills.
import { findPoint } from '../../decide/registry.js';
import { kb } from '../../knowledge/active.js';
import type { Decision } from '../../types.js';

/** The technology ids the chosen option stands for (its id, its technology, what it also matches, a stated choice); none for "none". */
export function chosenIds(d: Decision): string[] {
  if (d.attributes?.none) return [];
  const o = findPoint(d.id)?.options.find((x) => x.id === d.choice);
  const ids = [d.choice, o?.tech, ...(o?.alsoMatches ?? []), d.stated?.id];
  return [...new Set(ids.filter((x): x is string => !!x))];
}

/** The option's own technology, when it names one (a practice such as "weekly review" names none). */
export function chosenTech(d: Decision): string | null {
  if (d.attributes?.none) return null;
  if (d.stated) return d.stated.id;
  const o = findPoint(d.id)?.options.find((x) => x.id === d.choice);
  return o?.tech ?? null;
}

/**
 * `id` is `of` or a kind of it, as the catalogue says: EKS is Kubernetes and lives in AWS (its spellings imply both).
 * Read from the catalogue's `implies`, so a new managed Kubernetes needs only its record.
 */
export function isKindOf(id: string, of: string): boolean {
  if (id === of) return true;
  const groups = kb().tech(id)?.aliases ?? [];
  return groups.some((g) => (g.implies ?? []).some((i) => i.slice(i.indexOf(':') + 1) === of));
}

/** The decision whose options or stated slot cover the role `id` fills (a stated database → the primary database decision). */
export function roleDecision(id: string, decisions: readonly Decision[]): Decision | undefined {
  const rec = kb().tech(id);
  const points = decisions.map((d) => [d, findPoint(d.id)] as const);
  // An option naming the technology says the role most precisely; a point's stated slot is the open-world fallback.
  const byOption = points.find(([, p]) => p?.options.some((o) => o.tech === id || (o.alsoMatches ?? []).includes(id)));
  if (byOption) return byOption[0];
  const bySlot = points.find(([, p]) => {
    const s = p?.meta.stated;
    return !!s && !!rec?.slots.includes(s.slot) && (!s.accepts || s.accepts(id));
  });
  return bySlot?.[0];
}
