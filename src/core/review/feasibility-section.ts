// The document's feasibility material: the DRAFT banner with open red concerns, and the review and feedback record section.
import type { Concern } from '../types.js';
import { CATEGORY_ORDER, CATEGORY_TITLES } from './rule.js';
import { countByLevel, isBlocked } from './review.js';
import { TRACKING_FILE, type TrackingEntry } from './tracking-match.js';

const LEVEL_WORD = { red: 'RED', yellow: 'YELLOW', green: 'GREEN' } as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The block at the top of a document written while red concerns are open; empty when nothing blocks. */
export function draftBanner(concerns: Concern[]): string {
  if (!isBlocked(concerns)) return '';
  const open = concerns.filter((c) => c.level === 'red' && c.status === 'open');
  return [
    `> **DRAFT: blocked by ${open.length} open critical feasibility concern${open.length === 1 ? '' : 's'}.** This architecture is not final until each is resolved by a revised decision or accepted with a written justification in \`${TRACKING_FILE}\`.`,
    '>',
    ...open.map((c) => `> - \`${c.id}\`: ${c.message}${c.resolvedBy ? ` (revise \`${c.resolvedBy}\`)` : ''}`),
    '',
  ].join('\n');
}

function resolution(c: Concern): string {
  if (c.status === 'open') return c.level === 'red' ? 'open: blocks finalisation' : c.level === 'yellow' ? 'open question' : 'noted';
  return c.justification ? `${c.status}: ${c.justification}` : c.status;
}

/** The "Feasibility review" section body: summary, every concern with evidence and resolution, and the feedback record. */
export function feasibilitySection(concerns: Concern[], stale: TrackingEntry[] = []): string {
  const n = countByLevel(concerns);
  const out: string[] = [
    `The DevOps/Platform feasibility review ran ${concerns.length ? `and raised ${concerns.length} concern${concerns.length === 1 ? '' : 's'}: ${n.red} red, ${n.yellow} yellow, ${n.green} green` : 'and raised no concern'}. ` +
      (isBlocked(concerns) ? 'Open red concerns block the final architecture.' : 'No critical concern is open.'),
    '',
  ];
  for (const cat of CATEGORY_ORDER) {
    const list = concerns.filter((c) => c.category === cat);
    out.push(`**${CATEGORY_TITLES[cat]}**: ${list.length ? '' : 'no concern.'}`, '');
    if (!list.length) continue;
    out.push('| Level | Concern | Evidence | Mitigation | Resolution |', '| --- | --- | --- | --- | --- |');
    for (const c of list) {
      const ev = [...c.evidence.facts.map((e) => `${e.file}:${e.line}`), ...c.evidence.model.map((m) => `\`${m}\``)].join(', ') || 'none';
      out.push(
        `| ${LEVEL_WORD[c.level]} | \`${c.id}\`: ${cell(c.message)} | ${cell(ev)} | ${cell(c.mitigation)} | ${cell(resolution(c))} |`,
      );
    }
    out.push('');
  }
  out.push('**Feedback record**', '');
  const handled = concerns.filter((c) => c.status !== 'open');
  if (!handled.length && !stale.length) out.push(`No verdicts recorded yet. Record them in \`${TRACKING_FILE}\`.`);
  for (const c of handled) out.push(`- \`${c.id}\` (${LEVEL_WORD[c.level]}): ${resolution(c)}`);
  for (const e of stale)
    out.push(`- \`${e.id}\`: marked ${e.status}, no longer raised (the cause was removed by a revised decision or input).`);
  out.push('');
  return out.join('\n');
}
