// A fingerprint of the verdicts on review concerns a document was written with, so `check` sees a verdict given later.
import { createHash } from 'node:crypto';
import type { ConcernTracking } from '../core/review/tracking-match.js';

/** sha256 over the verdicts in the order they apply (order matters: the session's come before the file's). */
export function verdictsDigest(tracking: ConcernTracking | undefined): string {
  const entries = (tracking?.entries ?? []).map((e) => [e.id, e.status, e.justification ?? '', e.by ?? '']);
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}
