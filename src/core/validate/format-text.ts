// Human-readable report: findings grouped by area with file:line, then a coverage line.
import { AREAS } from '../checklist/areas.js';
import type { Report } from './report.js';

const GROUP_TITLES: Record<string, string> = {
  mermaid: 'Mermaid diagrams',
  document: 'Document hygiene',
  links: 'Links and ADR references',
  consistency: 'Consistency with the project inputs',
  ...Object.fromEntries(AREAS.map((a) => [a.id, a.title])),
};

const GROUP_ORDER = ['mermaid', 'consistency', 'document', 'links', ...AREAS.map((a) => a.id)];

export function formatText(report: Report): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`${report.path}: ${s.ok ? 'OK' : 'FAILED'} — ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`);
  for (const group of GROUP_ORDER) {
    const fs = report.findings.filter((f) => f.group === group);
    if (fs.length === 0) continue;
    out.push('', `${GROUP_TITLES[group] ?? group}:`);
    for (const f of [...fs].sort((a, b) => a.line - b.line))
      out.push(`  ${report.path}:${f.line}  ${f.severity.padEnd(7)} ${f.id}  ${f.message}`);
  }
  out.push('');
  const areas = Object.entries(report.coverage).map(([a, c]) => `${a} ${c.passed}/${c.total}`);
  out.push(`coverage: ${s.itemsPassed}/${s.itemsTotal} checklist items (${s.coveragePercent}%) — ${areas.join(', ')}`);
  const skipped = s.mermaid.skipped ? ` (${s.mermaid.skipped} past the limit not parsed)` : '';
  out.push(
    `mermaid: ${s.mermaid.blocks} diagram(s)${s.mermaid.checked ? `, ${s.mermaid.failed} failed to parse${skipped}` : ', not parsed'}`,
  );
  if (!s.consistencyChecked) out.push('consistency: not checked (pass --project DIR to compare with the planning documents)');
  return `${out.join('\n')}\n`;
}
