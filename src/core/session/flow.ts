// The session as an ordered list of steps; each step skips itself when the state says it is done.
import { DOMAINS } from '../decide/domains.js';
import type { SessionDeps } from './deps.js';
import type { SessionState } from './state.js';
import { chooseMode } from './steps/choose-mode.js';
import { runDomain } from './steps/domain-step.js';
import { runReview } from './steps/feasibility-review.js';

type Step = (s: SessionState, deps: SessionDeps) => Promise<SessionState>;

const domainsStep: Step = async (s, deps) => {
  let state = s;
  for (const d of DOMAINS) {
    if (state.phase !== 'domains') break;
    if (state.domains[d.id].status === 'finalised') continue;
    state = await runDomain(state, deps, d.id);
  }
  return state;
};

const reviewStep: Step = async (s, deps) => (s.phase === 'review' ? runReview(s, deps) : s);

export const STEPS: readonly Step[] = [chooseMode, domainsStep, reviewStep];

/** Runs the steps from wherever the state stands; resolves when the document can be written (phase `write`). */
export async function runSession(start: SessionState, deps: SessionDeps): Promise<SessionState> {
  let s = start;
  for (const step of STEPS) {
    if (s.mode === 'yolo') break;
    s = await step(s, deps);
  }
  return s;
}
