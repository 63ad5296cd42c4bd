// How the document may spell a canonical technology id: asks the knowledge catalogue's alias table, as extraction does.
import { kb } from '../knowledge/active.js';
import type { AliasEntry } from '../knowledge/alias-entry.js';
import { compileMatcher, type AliasMatcher } from '../extract/alias-matcher.js';

/**
 * Entries that count as naming `id`: its own aliases, plus aliases that imply it
 * (a document that says "Supabase" has named the PostgreSQL the inputs commit to).
 */
function entriesFor(id: string, implied = true): AliasEntry[] {
  return kb()
    .aliasEntries()
    .filter((e) => e.id === id || (implied && (e.implies ?? []).some((i) => i.split(':')[1] === id)));
}

/** The spellings of an id, for messages and tests; ids without aliases fall back to their own words. */
export function idToSpellings(id: string): string[] {
  const own = entriesFor(id)
    .flatMap((e) => [...e.terms, ...(e.exact ?? [])])
    .filter((t) => !t.startsWith('/'));
  // An id the catalogue lacks (an unknown technology, kebab-case of its name) is spelled by its own words.
  return own.length > 0 ? [...new Set(own)] : [id.replace(/-/g, ' ')];
}

let cache = new Map<string, AliasMatcher>();
let cachedFor: AliasEntry[] | null = null;

function matcherFor(id: string, implied: boolean): AliasMatcher {
  if (cachedFor !== kb().aliasEntries()) {
    cache = new Map();
    cachedFor = kb().aliasEntries();
  }
  const key = `${id}|${implied}`;
  let m = cache.get(key);
  if (!m) {
    const entries = entriesFor(id, implied);
    // Vendor gates and stack-only rules are for extraction; here any spelling counts, so a
    // document is never accused of ignoring something it does name.
    m = compileMatcher(
      entries.length > 0
        ? entries.map((e) => ({ ...e, vendor: undefined, stackOnly: false }))
        : [{ id, category: 'frameworks', terms: [id.replace(/-/g, ' ')] }],
    );
    cache.set(key, m);
  }
  return m;
}

/**
 * Whether `text` names the technology `id`. With `implied` (the default) a product that implies it
 * counts too ("API Gateway" names AWS); without, only the technology's own spellings do, which is
 * what "the document chooses X" needs.
 */
export function namesTech(text: string, id: string, implied = true): boolean {
  return matcherFor(id, implied).scan(text).length > 0;
}

/** Where in `text` the technology `id` is named by its own spellings: each span's start and end. */
export function techSpans(text: string, id: string): { start: number; end: number }[] {
  return matcherFor(id, false)
    .scan(text)
    .map((h) => ({ start: h.start, end: h.end }));
}
