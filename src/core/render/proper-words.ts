// Whether a sentence opens with a name (a technology, vendor or product) that keeps its capital letter mid-sentence.
import { kb } from '../knowledge/active.js';
import type { Catalogue } from '../knowledge/catalogue.js';

const cache = new WeakMap<Catalogue, string[]>();

/** Every catalogue name and spelling that starts with a capital, longest first, built once per catalogue. */
function knownNames(): string[] {
  const c = kb();
  const hit = cache.get(c);
  if (hit) return hit;
  const all = c.technologies().flatMap((t) => [t.name, ...(t.aliases ?? []).flatMap((g) => [...(g.terms ?? []), ...(g.exact ?? [])])]);
  const names = [...new Set(all.filter((n) => /^[A-Z]/.test(n)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  cache.set(c, names);
  return names;
}

/** True when the text opens with an acronym ("IAM"), a camel-cased name ("GitHub") or a whole known name ("Cloud Run", "Entra ID"). */
export function startsWithName(text: string): boolean {
  const first = /^[A-Za-z][\w.-]*/.exec(text)?.[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /[a-z][A-Z]/.test(first)) return true;
  return knownNames().some((n) => text.startsWith(n) && !/[\w]/.test(text.charAt(n.length)));
}
