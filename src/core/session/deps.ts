// What the session steps need from outside: the profile, a prompter, a way to save; and the pure derivations on top.
import { decideAll } from '../decide/decide.js';
import { deriveModel } from '../model/derive-model.js';
import { reviewArchitecture, type ConcernTracking } from '../review/review.js';
import type { Concern, Decision, InfraModel, Profile } from '../types.js';
import type { Prompter } from './prompter.js';
import { reduce, type SessionEvent } from './reducer.js';
import { trackingOf, type SessionState } from './state.js';

export interface SessionDeps {
  profile: Profile;
  prompter: Prompter;
  /** Persists the state; called after every answer so an interruption loses at most the answer being typed. */
  save(state: SessionState): void;
  /** Terminal width for side-by-side options. */
  width: number;
  /** Verdicts from the project's concerns file, applied under the session's own. */
  tracking?: ConcernTracking;
}

export function decisionsOf(profile: Profile, s: SessionState): Decision[] {
  return decideAll(profile, s.user);
}

/** The model, or null while it cannot be derived (the analyses then fall back to decisions and facts). */
export function modelOf(profile: Profile, decisions: Decision[]): InfraModel | null {
  try {
    return deriveModel(profile, decisions);
  } catch {
    return null;
  }
}

/** The session's verdicts first (a wildcard in the file must not override a person's answer), then the file's. */
export function mergedTracking(s: SessionState, base?: ConcernTracking): ConcernTracking {
  return { entries: [...trackingOf(s).entries, ...(base?.entries ?? [])] };
}

export function concernsOf(profile: Profile, s: SessionState, base?: ConcernTracking): Concern[] {
  const decisions = decisionsOf(profile, s);
  const model = modelOf(profile, decisions);
  return model ? reviewArchitecture(profile, decisions, model, mergedTracking(s, base)) : [];
}

/** Applies an event and saves the result at once. */
export function commit(deps: SessionDeps, s: SessionState, e: SessionEvent): SessionState {
  const next = reduce(s, e);
  deps.save(next);
  return next;
}
