// Compiles the alias table into two combined regular expressions and finds every alias hit in a text.
import type { AliasEntry } from '../knowledge/alias-entry.js';

export interface AliasHit {
  /** Candidate entries for the matched spelling, in table order; gates pick among them. */
  entries: AliasEntry[];
  start: number;
  end: number;
  text: string;
}

interface Compiled {
  re: RegExp;
  literal: Map<string, AliasEntry[]>;
  patterns: { re: RegExp; entry: AliasEntry }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');
// Letters, digits and underscore delimit words; other characters (., /, #) may sit inside a spelling.
const LEFT = '(?<![A-Za-z0-9_])';
// A version glued to a name that ends in a letter or symbol ("C++20", "Python3", "Vue3") still ends the name; a name ending
// in a digit ("S3", "EC2") takes no more digits, so "S30" is not S3.
const RIGHT = '(?:(?![A-Za-z0-9_])|(?<=[A-Za-z+#])(?=\\d{1,2}(?:\\.\\d{1,2})?(?![A-Za-z0-9_])))';

function compile(entries: AliasEntry[], pick: (e: AliasEntry) => string[] | undefined, caseSensitive: boolean): Compiled | null {
  const literal = new Map<string, AliasEntry[]>();
  const patterns: { re: RegExp; entry: AliasEntry; source: string }[] = [];
  const sources: string[] = [];
  for (const entry of entries) {
    for (const term of pick(entry) ?? []) {
      if (term.startsWith('/') && term.endsWith('/') && term.length > 2) {
        const source = term.slice(1, -1);
        patterns.push({ re: new RegExp(`^(?:${source})`, caseSensitive ? '' : 'i'), entry, source });
        sources.push(source);
        continue;
      }
      const key = caseSensitive ? term.replace(/[\s-]+/g, ' ') : normalise(term);
      const list = literal.get(key);
      if (list) {
        if (!list.includes(entry)) list.push(entry);
        continue;
      }
      literal.set(key, [entry]);
      sources.push(escape(term).replace(/[\s-]+/g, '[\\s-]+'));
    }
  }
  if (sources.length === 0) return null;
  // Longer spellings first, so "AWS Lambda" wins over "AWS" at the same position.
  const unique = [...new Set(sources)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`${LEFT}(?:${unique.join('|')})${RIGHT}`, caseSensitive ? 'g' : 'gi');
  return { re, literal, patterns };
}

export interface AliasMatcher {
  scan(text: string): AliasHit[];
}

/** Builds a matcher for a table; scanning costs two regex passes per text, whatever the table size. */
export function compileMatcher(entries: AliasEntry[]): AliasMatcher {
  const loose = compile(entries, (e) => e.terms, false);
  const exact = compile(entries, (e) => e.exact, true);

  const run = (c: Compiled | null, text: string, caseSensitive: boolean, out: AliasHit[]) => {
    if (!c) return;
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      const key = caseSensitive ? m[0].replace(/[\s-]+/g, ' ') : normalise(m[0]);
      let found = c.literal.get(key);
      if (!found) {
        // Patterns may look ahead, so they are tried against the text from the match on.
        const rest = text.slice(m.index, m.index + m[0].length + 80);
        const hit = c.patterns.filter((p) => p.re.exec(rest)?.[0].length === m![0].length).map((p) => p.entry);
        found = hit.length > 0 ? hit : undefined;
      }
      if (found) out.push({ entries: found, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  };

  // Several extractors read the same blocks; remembering recent scans keeps the cost to one pass per block.
  const cache = new Map<string, AliasHit[]>();
  return {
    scan(text: string): AliasHit[] {
      const cached = cache.get(text);
      if (cached) return cached;
      const hits: AliasHit[] = [];
      run(loose, text, false, hits);
      const strict: AliasHit[] = [];
      run(exact, text, true, strict);
      // A case-sensitive short spelling never overrides a longer spelling found at the same place.
      for (const h of strict) if (!hits.some((o) => h.start < o.end && o.start < h.end)) hits.push(h);
      hits.sort((a, b) => a.start - b.start);
      if (cache.size > 5000) cache.clear();
      cache.set(text, hits);
      return hits;
    },
  };
}
