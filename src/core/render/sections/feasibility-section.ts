// Feasibility review summary: the DevOps/platform reviewer's concerns by level, with status and mitigation.
import type { RootContent } from 'mdast';
import { code, h, p, table } from '../md.js';
import type { RenderContext } from '../render-context.js';
import type { StatementVerdict } from '../../review/consistency/consistency-pass.js';

const ORDER = { red: 0, yellow: 1, green: 2 } as const;

export function feasibilitySection(c: RenderContext): RootContent[] {
  const out: RootContent[] = [h(2, 'Implementation Feasibility Review')];
  if (!c.concerns.length)
    return [
      ...out,
      p(
        `No review rule (operational complexity, resources, security, overhead, technology) raised a concern for this model.${consistencyLine(c.consistency)}`,
      ),
    ];
  const cs = [...c.concerns].sort((a, b) => ORDER[a.level] - ORDER[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const count = (lvl: string) => cs.filter((x) => x.level === lvl).length;
  const openRed = cs.filter((x) => x.level === 'red' && x.status === 'open').length;
  out.push(
    p(
      `The review raised ${count('red')} red, ${count('yellow')} yellow and ${count('green')} green concerns; ${openRed ? `${openRed} red still open, so this document stays a draft` : 'no red concern open'}${cs[0].level === 'green' ? '' : `; the first to settle is ${cs[0].id} (${cs[0].level})`}.${consistencyLine(c.consistency)}`,
    ),
  );
  if (cs.length) {
    out.push(
      table(
        ['Concern', 'Level', 'Category', 'Finding', 'Status', 'Mitigation'],
        cs.map((x) => [
          code(x.id),
          x.level,
          x.category,
          `${x.title}: ${x.message}`,
          x.justification ? `${x.status} (${x.justification})` : x.status,
          x.mitigation,
        ]),
      ),
    );
  } else {
    out.push(p('No review rule (operational complexity, resources, security, overhead, technology) raised a concern for this model.'));
  }
  return out;
}

/** One sentence on the consistency pass: statements checked against the chosen options, by verdict (none when it did not run). */
export function consistencyLine(vs: readonly StatementVerdict[] | undefined): string {
  if (!vs) return '';
  const judged = vs.filter((v) => v.kind !== 'other');
  const n = (verdict: StatementVerdict['verdict']) => judged.filter((v) => v.verdict === verdict).length;
  const contradicts = n('contradicts');
  return (
    ` Checked against the chosen options, ${judged.length} statement${judged.length === 1 ? '' : 's'} of the inputs (targets, refusals, required and refused technologies, topology, residency): ` +
    `${n('holds')} hold, ${contradicts} contradict${contradicts ? ' (each is a concern below)' : ''}, ${n('not-checkable')} cannot be checked; ` +
    `${vs.length - judged.length} others name nothing a chosen option has.`
  );
}
