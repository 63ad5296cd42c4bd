// Test helper: runs an action on a profile with the engine's own decisions.
import { decideAll } from '../../../src/core/decide/decide.js';
import type { ActionResult } from '../../../src/core/actions/action.js';
import { findAction } from '../../../src/core/actions/registry.js';
import type { DomainId, Profile } from '../../../src/core/types.js';

export function runAction(id: string, profile: Profile, domain: DomainId = 'compute'): ActionResult {
  const a = findAction(id);
  if (!a) throw new Error(`no action ${id}`);
  return a.run({ profile, decisions: decideAll(profile), model: null, domain });
}

/** "1,667" → 1667, "$2,040" → 2040. */
export const figure = (s: string): number => Number(s.replace(/[$,%x~]/g, ''));
