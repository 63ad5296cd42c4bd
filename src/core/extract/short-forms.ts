// A shortened name stands for the qualified one the same documents spell out ("Acme Edge Jobs" ... later "Edge Jobs").
import type { SourceDoc } from '../types.js';
import type { AliasEntry } from '../knowledge/alias-entry.js';
import type { AliasHit, AliasMatcher } from './alias-matcher.js';
import { kb } from '../knowledge/active.js';

/** The key a spelling is compared by: case and the spacing between its words do not matter. */
export const spellingKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/**
 * Spellings that, in these documents, are the short form of exactly one longer spelling of another technology of the
 * same category: "Firebase Cloud Functions" written out makes a later bare "Cloud Functions" the same product, unless
 * the documents also qualify the short name towards its own record ("Google Cloud Functions") or towards a second one.
 * Returns short spelling (normalised) → the entry it stands for.
 */
export function shortFormEntries(docs: SourceDoc[], matcher: AliasMatcher): Map<string, AliasEntry> {
  // Every spelling the documents use, with the entries it can name.
  const spelled = new Map<string, AliasEntry[]>();
  for (const doc of docs) {
    if (doc.role === 'prior-output') continue;
    for (const block of doc.blocks) {
      for (const h of matcher.scan(block.text)) {
        const key = spellingKey(h.text);
        if (!spelled.has(key)) spelled.set(key, h.entries);
      }
    }
  }
  const out = new Map<string, AliasEntry>();
  for (const [short, entries] of spelled) {
    const own = entries[0];
    // A one-word short form ("Functions", "Database") is too loose to carry a referent.
    if (!own || !short.includes(' ')) continue;
    const longer = [...spelled.entries()].filter(([long]) => long.length > short.length && long.endsWith(` ${short}`));
    const targets = new Set<AliasEntry>();
    let selfQualified = false;
    for (const [, longEntries] of longer) {
      const target = longEntries[0];
      if (!target) continue;
      if (target.id === own.id) selfQualified = true;
      else if (target.category === own.category) targets.add(target);
    }
    const ids = new Set([...targets].map((t) => t.id));
    if (!selfQualified && ids.size === 1) out.set(short, [...targets][0]);
  }
  return out;
}

/** The platform a record belongs to and the platforms above it (Firebase Functions → firebase → gcp). */
function platformsOf(id: string): Set<string> {
  const out = new Set<string>();
  for (let rec = kb().tech(id); rec?.provider && !out.has(rec.provider); rec = kb().tech(rec.provider)) out.add(rec.provider);
  return out;
}

/**
 * The entry a short spelling stands for in one block, or undefined to keep its own: a block that also names a platform
 * other than the long form's ("Vercel: hosting, edge functions") speaks of that platform's product, not the long form's.
 */
export function shortFormIn(forms: Map<string, AliasEntry>, hit: AliasHit, blockHits: AliasHit[]): AliasEntry | undefined {
  const target = forms.get(spellingKey(hit.text));
  if (!target) return undefined;
  const allowed = platformsOf(target.id);
  const other = blockHits.some((h) => h.entries.some((e) => e.category === 'cloudProviders' && !allowed.has(e.id)));
  return other ? undefined : target;
}
