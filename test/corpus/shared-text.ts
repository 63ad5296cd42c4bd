// How much of a document's body is boilerplate: the share of its body lines found verbatim in another project's document.

/**
 * A document's body lines, normalised: outside code fences, not headings, not table header or delimiter rows, not blank;
 * links reduced to their text dropped entirely (`[a](b)` goes), digits removed, whitespace collapsed.
 */
export function bodyLines(doc: string): string[] {
  const out: string[] = [];
  let fenced = false;
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^\s*#/.test(raw)) continue;
    // A table header is the line right before a delimiter row; the delimiter row itself is structure too.
    if (/^\s*\|[\s|:-]+\|\s*$/.test(raw)) continue;
    if (/^\s*\|[\s|:-]+\|\s*$/.test(lines[i + 1] ?? '')) continue;
    const line = raw
      .replace(/\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\d+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (line && !/^[|,.\s-]*$/.test(line)) out.push(line);
  }
  return out;
}

/** Per document: the fraction of its body lines that appear verbatim in at least one other document. */
export function sharedShares(docs: Map<string, string>): Map<string, number> {
  const lines = new Map([...docs].map(([k, d]) => [k, bodyLines(d)]));
  // Which documents each distinct line occurs in.
  const seen = new Map<string, Set<string>>();
  for (const [k, ls] of lines) for (const l of ls) (seen.get(l) ?? seen.set(l, new Set()).get(l)!).add(k);
  const out = new Map<string, number>();
  for (const [k, ls] of lines) out.set(k, ls.length ? ls.filter((l) => seen.get(l)!.size > 1).length / ls.length : 0);
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
