// What the current document was written from: the guided session (when it was) and the verdicts on review concerns.
import type { ConcernTracking } from '../core/review/review.js';
import { mergedTracking } from '../core/session/deps.js';
import type { SessionState } from '../core/session/state.js';
import { readTracking } from '../io/read-tracking.js';
import { loadFinishedGuidedSession } from '../io/session-store.js';
import { readRecord } from '../io/write-outputs.js';

/**
 * The finished guided session the document on disk was written from, or null. A later `create --mode yolo` (or
 * `--yes`, `--answers`) writes a document from other choices: the session stays on disk for `resume`, but its choices
 * and verdicts no longer describe the document, so `review` and `check` must not apply them. A project written before
 * the record said where it came from keeps the old reading (a finished session counts).
 */
export function documentSession(root: string): SessionState | null {
  const session = loadFinishedGuidedSession(root);
  if (!session) return null;
  const record = readRecord(root);
  if (record && record.verdicts !== undefined && record.session !== true) return null;
  return session;
}

/** The verdicts that apply to the document now: the session's (when the document came from it), then the file's. */
export function currentVerdicts(root: string): { tracking: ConcernTracking; session: SessionState | null } {
  const session = documentSession(root);
  const file = readTracking(root).tracking;
  return { tracking: session ? mergedTracking(session, file) : file, session };
}
