// A few words of the project's own text behind a claim, cut from an evidence quote so the reader sees their fact, not only a link.
import type { Evidence } from '../types.js';

/** Where extraction puts the hit inside a long quote (it keeps about 60 characters before it). */
const HIT = 60;
const MAX = 90;

/** Evidence made by the tool from another decision ("cloud.primary-platform: AWS") quotes no input text. */
const DERIVED = /^[a-z]+\.[a-z-]+: /;

/** Markdown reduced to plain words: links to their text, emphasis and code marks dropped, table cells joined. Linear passes only. */
function plain(s: string): string {
  const cells = s.includes('|')
    ? s
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c && !/^:?-+:?$/.test(c))
        .join(': ')
    : s;
  return unquoted(
    cells
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/[*`_]+/g, '')
      .replace(/^[\s>#-]+/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** A line that is itself a quoted string (a YAML list item `- "Hosting: X"`) loses its quotes: the excerpt adds its own. */
function unquoted(s: string): string {
  const pairs: Record<string, string> = { '"': '"', "'": "'", '“': '”' };
  const close = pairs[s[0]];
  if (!close || s.length < 3 || s[s.length - 1] !== close) return s;
  const inner = s.slice(1, -1);
  return inner.includes(s[0]) || inner.includes(close) ? s : inner.trim();
}

/** A full stop, semicolon or question mark that ends a sentence: after a word, not after a list number ("1."). */
function ends(s: string, i: number): boolean {
  return /[.;!?]/.test(s[i]) && i >= 2 && /[a-z)]/i.test(s[i - 1]) && /[a-z]/i.test(s[i - 2]);
}

/** The sentence (or clause list) around `at`, by the nearest full stop, semicolon or question mark either side. */
function sentenceAround(s: string, at: number): { text: string; cutStart: boolean; cutEnd: boolean } {
  let from = 0;
  let to = s.length;
  for (let i = Math.min(at, s.length - 1); i > 1; i--)
    if (ends(s, i - 1) && s[i] === ' ') {
      from = i + 1;
      break;
    }
  for (let i = Math.max(at, from); i < s.length; i++)
    if (ends(s, i) && (i + 1 === s.length || s[i + 1] === ' ')) {
      to = i + 1;
      break;
    }
  // A "sentence" of a word or two ("1.", "Note:") is a list marker or label: keep the whole quote instead.
  if (s.slice(from, to).trim().split(' ').length < 3) [from, to] = [0, s.length];
  return {
    text: s.slice(from, to).trim(),
    cutStart: from === 0 && at > 0 && !/^[A-Z0-9]/.test(s),
    cutEnd: to === s.length && !/[.;!?]$/.test(s),
  };
}

/**
 * The name's words that can stand for it alone, most distinctive first: its initials when every word is capitalised
 * ("Amazon Web Services" → "AWS"), acronyms and words with a digit ("ECS", "S3"), then other capitalised words, longest
 * first. A leading vendor word ("Amazon", "AWS") names many products, so it does not count.
 */
function nameWords(term: string): string[] {
  const words = term.split(/[\s()/,]+/).filter(Boolean);
  const initials = words.length > 1 && words.every((w) => /^[A-Z]/.test(w)) ? [words.map((w) => w[0]).join('')] : [];
  const rest = (words.length > 1 ? words.slice(1) : words).filter((w) => w.length >= 2 && /[A-Z0-9]/.test(w));
  const acronym = (w: string) => /^[A-Z0-9]+$/.test(w) || /\d/.test(w);
  return [...new Set([...initials, ...rest.filter(acronym), ...rest.filter((w) => !acronym(w)).sort((a, b) => b.length - a.length)])];
}

/**
 * Where the quote names the term: the whole name first, else its longest distinctive word, so "Amazon ECS on Fargate"
 * anchors on "ECS Fargate" in a list of services. -1 when it names none of it.
 */
export function termAt(s: string, term: string): number {
  const low = s.toLowerCase();
  const whole = low.indexOf(term.toLowerCase());
  if (whole >= 0) return whole;
  const alone = (i: number, n: number) => !/[a-z0-9]/.test(low[i - 1] ?? '') && !/[a-z0-9]/.test(low[i + n] ?? '');
  for (const w of nameWords(term)) {
    const word = w.toLowerCase();
    // A short word ("S3", "ECS") only counts on its own, not inside another word.
    for (let i = low.indexOf(word); i >= 0; i = low.indexOf(word, i + 1)) if (w.length > 3 || alone(i, w.length)) return i;
  }
  return -1;
}

/** At most MAX characters of the quote around its hit, cut on word boundaries; an ellipsis marks each cut. Null when the quote holds no input text. */
export function excerpt(e: Evidence | undefined, term?: string): string | null {
  if (!e?.quote || DERIVED.test(e.quote)) return null;
  const long = e.quote.length >= 150;
  const s = plain(e.quote);
  if (s.split(' ').length < 3) return null;
  // The name the claim is about anchors the cut: markdown stripped from a quote moves its hit, and a line can hold several sentences.
  const named = term ? termAt(s, term) : -1;
  const at = named >= 0 ? named : long ? Math.min(HIT, s.length - 1) : 0;
  const around = sentenceAround(s, at);
  let text = around.text;
  // Only a long quote is a window cut out of its block; a short one is the whole line.
  let cutStart = long && around.cutStart;
  let cutEnd = long && around.cutEnd;
  // A long quote is a window into the block: its first word may be cut in the middle, so it goes.
  if (long && cutStart) text = text.slice(text.indexOf(' ') + 1);
  if (text.length > MAX) {
    // Keep the words nearest the hit: a window of MAX characters starting a little before it.
    // A named term keeps more of its row's label before it ("Infrastructure as code: Terraform").
    const rel = Math.max(0, Math.min(text.length - MAX, at - (s.indexOf(text) + (named >= 0 ? 40 : 20))));
    let start = rel;
    while (start > 0 && text[start - 1] !== ' ') start++;
    let end = Math.min(text.length, start + MAX);
    while (end < text.length && text[end] !== ' ') end--;
    cutStart = cutStart || start > 0;
    cutEnd = cutEnd || end < text.length;
    text = text.slice(start, end).trim();
  }
  let end = text.length;
  while (end > 0 && '.;:,'.includes(text[end - 1])) end--;
  text = text.slice(0, end);
  if (!text) return null;
  return `“${cutStart ? '…' : ''}${text}${cutEnd ? '…' : ''}”`;
}

/** The first quote among the evidence that says something in the input's own words and is not in `used` yet, with the line it came from. */
export function firstExcerpt(
  ev: readonly Evidence[],
  used: ReadonlySet<string> = new Set(),
  term?: string,
): { text: string; evidence: Evidence } | null {
  // A quote that names the term comes first: a stated choice is best shown by the line that states it.
  // The whole name beats one of its words, and a table row (a stack-table line) beats a sentence that lists it in passing.
  const rank = (q: string) => (term && q.toLowerCase().includes(term.toLowerCase()) ? 0 : 2) + (q.trimStart().startsWith('|') ? 0 : 1);
  const naming = term
    ? ev
        .filter((e) => e.quote && termAt(e.quote, term) >= 0)
        .map((e, i) => ({ e, i }))
        .sort((a, b) => rank(a.e.quote) - rank(b.e.quote) || a.i - b.i)
        .map((x) => x.e)
    : [];
  for (const e of [...naming, ...ev.filter((x) => !naming.includes(x))]) {
    const x = excerpt(e, term);
    if (x && !used.has(x)) return { text: x, evidence: e };
  }
  return null;
}
