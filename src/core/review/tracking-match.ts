// Applies people's verdicts (from the concerns file) to concerns: glob matching by synthetic id.
import type { Concern } from '../types.js';
import { matchGlob } from '../text/glob-match.js';

export const TRACKING_FILE = '.infra-arch/concerns.yaml';

export type TrackingEntry = { id: string; status: 'accepted' | 'mitigated' | 'false-positive'; justification?: string; by?: string };

/** A person's verdict on a concern, keyed by synthetic id (wildcards allowed), from `.infra-arch/concerns.yaml`. */
export interface ConcernTracking {
  entries: TrackingEntry[];
}

/** Glob over concern ids: `*` matches any run of characters, `?` one character; everything else is literal. */
export function globMatches(glob: string, id: string): boolean {
  return matchGlob(glob, id);
}

/** Literal characters in a pattern: the more there are, the more specific the entry. */
const specificity = (id: string) => id.replace(/[*?]/g, '').length + (/[*?]/.test(id) ? 0 : 1000);

/** The entry that decides a concern: an exact id first, else the most specific matching glob, else the first in the file. */
export function matchEntry(id: string, tracking: ConcernTracking): TrackingEntry | null {
  let best: TrackingEntry | null = null;
  for (const e of tracking.entries) {
    if (!globMatches(e.id, id)) continue;
    if (!best || specificity(e.id) > specificity(best.id)) best = e;
  }
  return best;
}

/** Marks concerns with people's verdicts. An acceptance without justification does not count. */
export function applyTracking(concerns: Concern[], tracking: ConcernTracking | undefined): Concern[] {
  if (!tracking) return concerns;
  return concerns.map((c) => {
    const e = matchEntry(c.id, tracking);
    if (!e) return c;
    if (e.status === 'accepted' && !e.justification?.trim()) return c;
    return { ...c, status: e.status, ...(e.justification ? { justification: e.justification } : {}) };
  });
}

/** Entries that match no current concern: the cause went away (a revised decision) or the id is mistyped. */
export function staleEntries(concerns: Concern[], tracking: ConcernTracking | undefined): TrackingEntry[] {
  if (!tracking) return [];
  return tracking.entries.filter((e) => !concerns.some((c) => globMatches(e.id, c.id)));
}
