// Runs every registered decision point in order, each seeing the choices made before it.
import type { Decision, Profile, UserInput } from '../types.js';
import type { DecideContext, DecisionPoint } from './define-point.js';
import { decidePoint } from './decide-point.js';
import { ProfileView } from './profile-view.js';
import { POINTS } from './registry.js';

export function emptyUserInput(): UserInput {
  return { choices: {}, priorities: [], constraints: [], notes: {} };
}

export function decideAll(profile: Profile, user: UserInput = emptyUserInput(), points: readonly DecisionPoint[] = POINTS): Decision[] {
  const v = new ProfileView(profile);
  const decisions = new Map<string, Decision>();
  const ctx: DecideContext = {
    v,
    decisions,
    user,
    chosen: (id) => decisions.get(id)?.choice ?? null,
  };
  for (const p of points) decisions.set(p.meta.id, decidePoint(p, ctx));
  return [...decisions.values()];
}
