// Whether a document says it is final: a status line or front matter near the top, read without backtracking regexes.

export type DocumentStatus = 'final' | 'draft' | 'unmarked';

const FINAL = /^(?:final|complete|completed|approved|accepted|released|published|signed[- ]off)\b/i;
const DRAFT = /^(?:draft|partial|wip|work in progress|proposed|in review|review|blocked|preliminary)\b/i;

/** The word after "Status:" on a line (bold, heading or list marker allowed), or in YAML front matter. */
function statusWord(line: string): string | null {
  const t = line.replace(/[*_#>`-]/g, ' ').trim();
  const at = t.toLowerCase().indexOf('status');
  if (at < 0 || at > 4) return null;
  const rest = t.slice(at + 6).trimStart();
  if (!rest.startsWith(':')) return null;
  return rest.slice(1).trim();
}

/** Looks at the first 40 lines only: a status belongs at the top of a document. */
export function documentStatus(text: string): DocumentStatus {
  const lines = text.split('\n', 40);
  for (const line of lines) {
    const w = statusWord(line);
    if (w === null) continue;
    if (DRAFT.test(w)) return 'draft';
    if (FINAL.test(w)) return 'final';
  }
  return 'unmarked';
}
