// Runs the decision engine up to and including one point, for table-driven point tests.
import { decideAll, emptyUserInput } from '../../src/core/decide/decide.js';
import { POINTS } from '../../src/core/decide/registry.js';
import type { Decision, UserInput } from '../../src/core/types.js';
import { makeProfile, type ProfileSpec } from './make-profile.js';

export function decideOne(pointId: string, spec: ProfileSpec, user: Partial<UserInput> = {}): Decision {
  const idx = POINTS.findIndex((p) => p.meta.id === pointId);
  if (idx < 0) throw new Error(`unknown decision point ${pointId}`);
  const decisions = decideAll(makeProfile(spec), { ...emptyUserInput(), ...user }, POINTS.slice(0, idx + 1));
  return decisions[decisions.length - 1];
}
