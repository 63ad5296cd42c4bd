// Runs every registered decision point in order, each seeing the choices made before it.
import type { Decision, Profile, UserInput } from '../types.js';
import type { DecideContext, DecisionPoint } from './define-point.js';
import { applicablePoints } from './applicability.js';
import { decidePoint } from './decide-point.js';
import { ProfileView } from './profile-view.js';
import type { PointId } from './point-ids.js';
import { POINTS } from './registry.js';

export function emptyUserInput(): UserInput {
  return { choices: {}, priorities: [], constraints: [], notes: {} };
}

export function decideAll(profile: Profile, user: UserInput = emptyUserInput(), points: readonly DecisionPoint[] = POINTS): Decision[] {
  const v = new ProfileView(profile);
  const decisions = new Map<string, Decision>();
  const owners = new Map<string, PointId>();
  for (const p of points)
    for (const o of p.options)
      for (const id of [o.id, o.tech, ...(o.alsoMatches ?? [])]) if (id && !owners.has(id)) owners.set(id, p.meta.id);
  const ctx: DecideContext = {
    v,
    decisions,
    user,
    chosen: (id) => decisions.get(id)?.choice ?? null,
    ownerOf: (id) => owners.get(id),
  };
  for (const p of applicablePoints(points, profile)) decisions.set(p.meta.id, decidePoint(p, ctx));
  return [...decisions.values()];
}
