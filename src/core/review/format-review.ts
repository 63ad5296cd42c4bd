// Renders concerns as terminal text grouped by category, and a rule as an `explain` entry.
import type { Concern } from '../types.js';
import { CATEGORY_ORDER, CATEGORY_TITLES, type Rule } from './rule.js';
import { countByLevel, isBlocked } from './review.js';
import { TRACKING_FILE } from './tracking-match.js';

export const LEVEL_MARK: Record<Concern['level'], string> = { red: '[RED]', yellow: '[YELLOW]', green: '[GREEN]' };

export function statusLine(concerns: Concern[]): string {
  const n = countByLevel(concerns);
  const open = concerns.filter((c) => c.level === 'red' && c.status === 'open').length;
  const verdict = isBlocked(concerns) ? `BLOCKED: ${open} red concern${open === 1 ? '' : 's'} open` : 'feasible: no open red concern';
  return `${verdict} (${n.red} red, ${n.yellow} yellow, ${n.green} green)`;
}

function statusText(c: Concern): string {
  if (c.status === 'open') return c.level === 'red' ? 'open, blocks finalisation' : 'open';
  return c.justification ? `${c.status}: ${c.justification}` : c.status;
}

export function formatConcern(c: Concern): string[] {
  const lines = [`  ${LEVEL_MARK[c.level]} ${c.id}: ${c.title}`, `      ${c.message}`];
  if (c.evidence.facts.length) lines.push(`      evidence: ${c.evidence.facts.map((e) => `${e.file}:${e.line}`).join(', ')}`);
  if (c.evidence.model.length) lines.push(`      model: ${c.evidence.model.join(', ')}`);
  lines.push(`      mitigation: ${c.mitigation}`);
  if (c.resolvedBy) lines.push(`      resolved by: revising ${c.resolvedBy}`);
  lines.push(`      status: ${statusText(c)}`);
  return lines;
}

export function formatReview(project: string, concerns: Concern[]): string {
  const out = [`Feasibility review of ${project}: ${statusLine(concerns)}`];
  for (const cat of CATEGORY_ORDER) {
    const list = concerns.filter((c) => c.category === cat);
    out.push('', `${CATEGORY_TITLES[cat]} (${list.length})`);
    if (!list.length) out.push('  [GREEN] nothing to flag');
    for (const c of list) out.push(...formatConcern(c));
  }
  if (isBlocked(concerns)) {
    out.push(
      '',
      `To unblock: revise the decision named under "resolved by", or record a verdict in ${TRACKING_FILE} (accepted needs a justification; see docs/concerns-file.md).`,
    );
  }
  return out.join('\n') + '\n';
}

export function formatRule(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `${m.id} (${CATEGORY_TITLES[m.category]})`,
    m.title,
    '',
    `What: ${m.description}`,
    `Why it matters: ${m.why}`,
    `Detection: ${m.detection}`,
    `Mitigation: ${m.mitigation}`,
    `False positives: ${m.falsePositives}`,
    `Resolved by: ${m.resolvedBy ? `revising decision ${m.resolvedBy}` : 'no single decision; fix the inputs or record a verdict'}`,
    `Concern ids: ${m.id}@<subject> (mark them in ${TRACKING_FILE}, e.g. "${m.id}@*")`,
  ];
  if (m.docs.length) lines.push('Docs:', ...m.docs.map((d) => `  ${d}`));
  return lines.join('\n') + '\n';
}
