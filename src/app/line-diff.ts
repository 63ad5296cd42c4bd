// A short line diff (what a person changed in a generated document), bounded in time and length.

/** Longest-common-subsequence work above this many cells falls back to one block of changed lines. */
const MAX_CELLS = 4_000_000;

export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  context?: number;
  /** Output lines at most; the rest is summarised. */
  maxLines?: number;
}

/** `@@ line N @@` hunks with `-` (generated) and `+` (on disk) lines; empty when the texts are equal. */
export function lineDiff(before: string, after: string, opts: DiffOptions = {}): string[] {
  const context = opts.context ?? 1;
  const maxLines = opts.maxLines ?? 40;
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail first: a hand edit usually touches a few lines of a long document.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  if (!am.length && !bm.length) return [];
  const ops =
    am.length * bm.length <= MAX_CELLS
      ? lcsOps(am, bm)
      : [...am.map((l) => ({ op: '-' as const, line: l })), ...bm.map((l) => ({ op: '+' as const, line: l }))];
  // Line numbers on disk (the `after` text), 1-based, for each op.
  const rows: { op: ' ' | '-' | '+'; line: string; at: number }[] = [];
  for (let i = Math.max(0, head - context); i < head; i++) rows.push({ op: ' ', line: a[i], at: i + 1 });
  let at = head + 1;
  for (const o of ops) {
    rows.push({ ...o, at });
    if (o.op !== '-') at++;
  }
  for (let i = 0; i < Math.min(context, tail); i++) rows.push({ op: ' ', line: b[b.length - tail + i], at: at + i });
  // Keep changed rows and `context` rows around them.
  const keep = rows.map((r, i) => rows.slice(Math.max(0, i - context), i + context + 1).some((x) => x.op !== ' '));
  const out: string[] = [];
  let gap = true;
  rows.forEach((r, i) => {
    if (!keep[i]) {
      gap = true;
      return;
    }
    if (gap) out.push(`@@ line ${rows.slice(i).find((x) => x.op !== ' ')!.at} @@`);
    gap = false;
    out.push(`${r.op} ${r.line}`);
  });
  if (out.length > maxLines) return [...out.slice(0, maxLines), `… ${out.length - maxLines} more line(s) of changes`];
  return out;
}

function lcsOps(a: string[], b: string[]): { op: ' ' | '-' | '+'; line: string }[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  const ops: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i] });
      i++;
      j++;
    } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) ops.push({ op: '-', line: a[i++] });
    else ops.push({ op: '+', line: b[j++] });
  }
  while (i < n) ops.push({ op: '-', line: a[i++] });
  while (j < m) ops.push({ op: '+', line: b[j++] });
  return ops;
}
