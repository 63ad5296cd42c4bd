// Runs the feasibility reviewer rules over the profile, decisions and model (placeholder until the rules land).
import type { Concern, Decision, InfraModel, Profile } from '../types.js';

/** A person's verdict on a concern, keyed by synthetic id (wildcards allowed), from `.infra-arch/concerns.yaml`. */
export interface ConcernTracking {
  entries: { id: string; status: 'accepted' | 'mitigated' | 'false-positive'; justification?: string }[];
}

export function reviewArchitecture(_profile: Profile, _decisions: Decision[], _model: InfraModel, _tracking?: ConcernTracking): Concern[] {
  return [];
}

/** The run stays blocked while a red concern is open. */
export function isBlocked(concerns: Concern[]): boolean {
  return concerns.some((c) => c.level === 'red' && c.status === 'open');
}
