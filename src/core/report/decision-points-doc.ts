// Generates the decision-point reference (docs/decision-points.md) from the knowledge base's metadata.
import { DOMAINS } from '../decide/domains.js';
import type { DecisionPoint } from '../decide/define-point.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function decisionPointsDoc(points: readonly DecisionPoint[]): string {
  const out: string[] = [
    '# Decision points',
    '',
    '<!-- Generated from src/core/decide/points by `npm run docs`; do not edit by hand. -->',
    '',
    `The knowledge base holds ${points.length} decision points with ${points.reduce((n, p) => n + p.options.length, 0)} options in ${DOMAINS.length} domains. ` +
      'Run `infra-arch explain <point>` or `infra-arch explain <point>/<option>` for the full text of one entry.',
    '',
  ];
  for (const d of DOMAINS) {
    const mine = points.filter((p) => p.meta.domain === d.id);
    out.push(`## ${d.title}`, '', d.purpose, '');
    for (const p of mine) {
      out.push(`### \`${p.meta.id}\`: ${p.meta.title}${p.meta.adr ? ' (ADR)' : ''}`, '', `**${p.meta.question}**`, '', p.meta.docs, '');
      out.push('| option | title | cost | complexity | summary |', '| --- | --- | --- | --- | --- |');
      for (const o of p.options) out.push(`| \`${o.id}\` | ${cell(o.title)} | ${o.costClass} | ${o.complexity}/5 | ${cell(o.summary)} |`);
      out.push('', `When no fact decides: ${p.meta.assumption}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
