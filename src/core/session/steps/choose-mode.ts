// Step 1: incremental or YOLO.
import type { SessionDeps } from '../deps.js';
import { commit } from '../deps.js';
import { MODE_CHOICES, MODE_MESSAGE } from '../prompts.js';
import type { SessionState } from '../state.js';

export async function chooseMode(s: SessionState, deps: SessionDeps): Promise<SessionState> {
  if (s.mode) return s;
  const mode = await deps.prompter.select({ key: 'mode', message: MODE_MESSAGE, choices: MODE_CHOICES, default: 'incremental' });
  return commit(deps, s, { type: 'mode', mode });
}
