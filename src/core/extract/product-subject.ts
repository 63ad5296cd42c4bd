// A product named for what it manages ("Acme Queue Monitor", "Bucket Browser"): that technology is its subject, not its platform.
import type { TechCategory } from '../types.js';
import type { AliasMatcher } from './alias-matcher.js';
import type { TechHit } from './tech-hits.js';

// Nouns that make a product a tool over something else: it manages, watches, browses or moves that thing.
const TOOL_NOUN =
  /\b(?:manag(?:er|ement)|monitor(?:ing)?|dashboard|console|explorer|browser|viewer|admin(?:istration)?|inspector|optimi[sz]er|scheduler|backup|migrator|analy[sz]er|visuali[sz]er|auditor)\b/i;
/** Resources a tool works on; where the tool itself runs is read from the cloud and stack statements. */
const SUBJECT_CATEGORIES: TechCategory[] = ['compute', 'dataStores'];

/** The technologies a product's own name says it works on; empty unless the name has a tool noun. */
export function productSubjects(name: string | undefined, matcher: AliasMatcher): Set<string> {
  if (!name || !TOOL_NOUN.test(name)) return new Set();
  const out = new Set<string>();
  for (const h of matcher.scan(name)) for (const e of h.entries) if (SUBJECT_CATEGORIES.includes(e.category)) out.add(e.id);
  return out;
}

/** Demotes, in place, the prose hits of the product's subjects; a stack table row still commits them. Returns the same hits. */
export function demoteSubjects(hits: TechHit[], subjects: Set<string>): TechHit[] {
  for (const h of hits) {
    if (!subjects.has(h.id) || h.demote || h.stack) continue;
    Object.assign(h, { demote: 'subject' as const, strength: 0 });
  }
  return hits;
}
