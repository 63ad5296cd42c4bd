// Action 1: the options of each decision compared criterion by criterion, with the scores that decided.
import type { Decision, ExplainEntry } from '../types.js';
import { defineAction } from './action.js';

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

function criteria(d: Decision, optionId: string): string {
  const own = d.explain
    .filter((e: ExplainEntry) => e.option === optionId)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.reason < b.reason ? -1 : 1));
  if (!own.length) return 'no signal from the inputs';
  return own
    .map((e) => `${signed(e.delta)} ${e.reason}${e.evidence[0] ? ` (${e.evidence[0].file}:${e.evidence[0].line})` : ''}`)
    .join('; ');
}

export const alternatives = defineAction(
  {
    id: 'alternatives',
    number: 1,
    title: 'Alternative Architecture Strategy Evaluation',
    description:
      'The viable options of each decision compared criterion by criterion, with the scores that decided and the margin of the recommendation.',
  },
  (ctx) => {
    const ds = ctx.decisions.filter((d) => d.domain === ctx.domain);
    const table = [['Decision', 'Option', 'Score', 'Cost', 'Complexity', 'Criteria (weight and reason)']];
    const findings: string[] = [];
    for (const d of ds) {
      for (const o of d.options)
        table.push([
          d.id,
          `${o.title}${o.id === d.choice ? ' (chosen)' : ''}`,
          String(o.score),
          o.costClass,
          `${o.complexity}/5`,
          criteria(d, o.id),
        ]);
      const [first, second] = d.options;
      if (d.basis === 'committed')
        findings.push(`${d.id}: ${d.choiceTitle} is fixed by the inputs; alternatives only matter if that commitment is revisited.`);
      else if (d.basis === 'user')
        findings.push(
          `${d.id}: ${d.choiceTitle} was picked in the session${second && first.id === d.choice && second.score > first.score ? `; it scores ${second.score - first.score} below ${second.title}` : ''}.`,
        );
      else if (second) {
        const margin = first.score - second.score;
        findings.push(
          `${d.id}: ${first.title} leads ${second.title} by ${margin} point${margin === 1 ? '' : 's'}${margin <= 2 ? ' — a close call; a stated priority or constraint could flip it' : ''}.`,
        );
      }
      for (const r of d.rejected.slice(0, 3)) findings.push(`${d.id}: ${r.title} ruled out — ${r.reason}.`);
    }
    if (!ds.length) findings.push('This domain has no decision points in the knowledge base yet; nothing to compare.');
    const close = findings.filter((f) => f.includes('close call')).length;
    const summary = `${ds.length} decision${ds.length === 1 ? '' : 's'} compared; ${close} close call${close === 1 ? '' : 's'}.`;
    return { summary, table, findings, assumptions: [] };
  },
);
