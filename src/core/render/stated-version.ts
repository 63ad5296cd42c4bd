// The version the inputs give for a chosen technology: the cell after its name in a tech-stack row, or a number right after it in prose.
import type { Evidence } from '../types.js';

const VERSION = /^v?\d+(?:\.\d+){0,2}(?:\.x)?(?: LTS)?$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Amazon RDS (or Aurora)" → "Amazon RDS": what `/\s*\(.*\)\s*$/` removed, without rescanning from every position. */
function withoutTrailingParenthesis(name: string): string {
  const t = name.trimEnd();
  const open = t.indexOf('(');
  return t.endsWith(')') && open >= 0 && !t.slice(open).includes('\n') ? t.slice(0, open).trimEnd() : name;
}

/** Names to look for: the title as written and without a trailing parenthesis ("Amazon RDS (or Aurora)" → "Amazon RDS"). */
function namesOf(names: string[]): string[] {
  return [
    ...new Set(
      names
        .flatMap((n) => [n, withoutTrailingParenthesis(n)])
        .map((n) => n.trim())
        .filter((n) => n.length >= 2),
    ),
  ];
}

/** First version stated next to one of the names in the quoted lines, or null. Linear: one split and bounded regexes per line. */
export function statedVersion(names: string[], quotes: Evidence[]): string | null {
  const all = namesOf(names);
  const wanted = all.map((n) => n.toLowerCase());
  // One pattern per name, built once for every quoted line.
  const patterns = all.flatMap((n) => [
    new RegExp(`\\b${escape(n)}\\s{0,2}\\(?\\s{0,2}(?:>=|v|version)?\\s{0,2}(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\b`, 'i'),
    // A stack-table row read as text ("Infrastructure as code: Terraform: 1.9: All AWS resources"): the cell after the name.
    new RegExp(`\\b${escape(n)}: (v?\\d{1,3}(?:\\.\\d{1,3}){0,2}(?:\\.x)?)(?=:|$)`, 'i'),
  ]);
  for (const q of quotes) {
    const line = q.quote ?? '';
    // A table row, with or without its outer pipes ("Infrastructure as code | Terraform | 1.9 | …").
    if (line.trim().startsWith('|') || line.includes(' | ')) {
      const cells = line.split('|').map((c) => c.trim());
      const at = cells.findIndex((c) => wanted.some((n) => c.toLowerCase().replace(/\*/g, '').startsWith(n)));
      if (at >= 0 && VERSION.test(cells[at + 1] ?? '')) return cells[at + 1];
      continue;
    }
    for (const re of patterns) {
      const m = re.exec(line);
      if (m) return m[1];
    }
  }
  return null;
}
