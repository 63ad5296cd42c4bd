// Renders an action result as plain text for the terminal and as Markdown for the document.
import type { ActionResult } from './action.js';

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function resultToMarkdown(r: ActionResult): string {
  const out = [`**${r.title}.** ${r.summary}`, ''];
  if (r.table && r.table.length > 1) {
    const [head, ...rows] = r.table;
    out.push(
      `| ${head.map(mdCell).join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
      '',
    );
  }
  for (const f of r.findings) out.push(`- ${f}`);
  if (r.assumptions.length) out.push('', `*Assumptions:* ${r.assumptions.join(' ')}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** A table as aligned columns, cells cut to fit `width` characters. */
export function textTable(rows: string[][], width = 100): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const budget = Math.max(cols * 8, width - (cols - 1) * 2);
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const i = widths.indexOf(Math.max(...widths));
    widths[i] = Math.max(8, widths[i] - 1);
    if (widths.every((w) => w === 8)) break;
  }
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const lines = rows.map((r) =>
    widths
      .map((w, i) => cut(r[i] ?? '', w))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return lines.join('\n');
}

export function resultToText(r: ActionResult, width = 100): string {
  const out = [`${r.title}`, `${r.summary}`, ''];
  if (r.table && r.table.length > 1) out.push(textTable(r.table, width), '');
  for (const f of r.findings) out.push(`  • ${f}`);
  if (r.assumptions.length) out.push('', ...r.assumptions.map((a) => `  (assumption) ${a}`));
  return `${out.join('\n').trimEnd()}\n`;
}
