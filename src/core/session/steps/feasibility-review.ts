// Step 5: the feasibility review loop; every red concern is revised away, accepted with a justification, or left open.
import { formatConcernLine } from '../format-concern.js';
import { commit, concernsOf, decisionsOf, type SessionDeps } from '../deps.js';
import { CONCERN_CHOICES, CONCERN_MESSAGE, JUSTIFICATION_MESSAGE, notEmpty } from '../prompts.js';
import type { SessionState } from '../state.js';
import { askDecision, askOption } from './feedback-questions.js';

/** Revisions that do not clear a concern could loop forever; stop asking after this many rounds. */
const MAX_ROUNDS = 20;

export async function runReview(start: SessionState, deps: SessionDeps): Promise<SessionState> {
  const { prompter: p, profile } = deps;
  let s = start;
  const skipped = new Set(s.concerns.filter((c) => 'leaveOpen' in c).map((c) => c.id));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const concerns = concernsOf(profile, s, deps.tracking);
    if (round === 0) {
      const counts = ['red', 'yellow', 'green'].map((l) => `${concerns.filter((c) => c.level === l).length} ${l}`).join(', ');
      p.say(`\n═══ Feasibility review ═══\n${counts}\n${concerns.map(formatConcernLine).join('\n')}`);
    }
    const red = concerns.find((c) => c.level === 'red' && c.status === 'open' && !skipped.has(c.id));
    if (!red) break;
    p.say(`\n${formatConcernLine(red)}\n  ${red.message}\n  Mitigation: ${red.mitigation}`);
    const how = await p.select({
      key: `concern:${red.id}`,
      message: CONCERN_MESSAGE(red.title),
      choices: CONCERN_CHOICES,
      default: 'revise',
    });
    if (how === 'accept') {
      const text = (await p.input({ key: `concern-justification:${red.id}`, message: JUSTIFICATION_MESSAGE, validate: notEmpty })).trim();
      s = commit(deps, s, { type: 'concern', answer: { id: red.id, accept: text } });
    } else if (how === 'leave-open') {
      skipped.add(red.id);
      s = commit(deps, s, { type: 'concern', answer: { id: red.id, leaveOpen: true } });
    } else {
      const ds = decisionsOf(profile, s);
      const d = await askDecision(
        p,
        `concern-decision:${red.id}`,
        ds,
        red.resolvedBy && ds.some((x) => x.id === red.resolvedBy) ? red.resolvedBy : undefined,
      );
      const option = await askOption(p, `concern-option:${red.id}`, d);
      s = commit(deps, s, { type: 'concern', answer: { id: red.id, revise: { decision: d.id, option } } });
      const still = concernsOf(profile, s, deps.tracking).find((c) => c.id === red.id && c.level === 'red' && c.status === 'open');
      p.say(still ? '  The concern is still open after that revision.' : '  Resolved by the revision.');
    }
  }
  return commit(deps, s, { type: 'phase', phase: 'write' });
}
