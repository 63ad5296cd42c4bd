// "<X>-compatible storage": a dependency on X's interface, committed only while no product of the same slot is chosen.
import { kb } from '../knowledge/active.js';
import type { TechHit } from './tech-hits.js';
import { foldTechHits } from './tech-facts.js';

// "S3-compatible", "S3 compatible": the name qualifies a kind of thing by the interface it speaks.
const COMPATIBLE_AFTER = /^[-\s]compatible\b/i;

/**
 * Where the interface phrase of a hit on `id` ends when the catalogue marks `id` as an interface other products implement
 * and the name is written "<name>-compatible"; -1 otherwise (the likeness then stays an example, as for any other name).
 */
export function compatibleInterfaceEnd(text: string, end: number, id: string): number {
  if (!kb().hasTrait(id, 'compatible-interface')) return -1;
  const m = COMPATIBLE_AFTER.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : -1;
}

// "Acme Buckets (S3-compatible, …)": a bracket right after a capitalised name describes that product, known or not.
const NAMED_PRODUCT_BEFORE = /(?:^|[^\w.-])[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}(?:\*\*)?\s?\(\s?$/;

/** Whether the "<X>-compatible" mention at `start` is the description of a product named just before it. */
export function describesNamedProduct(text: string, start: number): boolean {
  return NAMED_PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

const slotsOf = (id: string): readonly string[] => kb().tech(id)?.slots ?? [];
const sharesSlot = (a: string, b: string): boolean => slotsOf(a).some((s) => slotsOf(b).includes(s));
const commits = (h: TechHit): boolean => !h.demote && h.strength > 0;

/**
 * Demotes, in place, each committed "<X>-compatible" hit that a concrete product answers: a name of the same slot in the
 * same block ("Acme Buckets (S3-compatible)", "local disk + optional S3"), or a product of that slot the documents commit
 * to elsewhere. What is left is a bare interface commitment, which stands for the interface's own record.
 */
export function settleCompatibleInterfaces(hits: TechHit[]): TechHit[] {
  const open = hits.filter((h) => h.compatible && commits(h));
  if (open.length === 0) return hits;
  const concrete = hits.filter((h) => !h.compatible && !h.impliedBy);
  const chosen = Object.values(foldTechHits(concrete).facts).flat();
  for (const h of open) {
    const answeredHere = concrete.some((o) => o.blockKey === h.blockKey && sharesSlot(o.id, h.id));
    const answeredElsewhere = chosen.some((f) => f.id !== h.id && sharesSlot(f.id, h.id));
    if (answeredHere || answeredElsewhere) Object.assign(h, { demote: 'example' as const, strength: 0 });
  }
  return hits;
}
