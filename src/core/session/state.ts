// The session record: plain JSON, saved after every answer, enough to resume anywhere and to rebuild the document.
import { DOMAINS } from '../decide/domains.js';
import { emptyUserInput } from '../decide/decide.js';
import type { ActionId, ActionResult } from '../actions/action.js';
import type { DomainId, Priority, UserInput } from '../types.js';

export const SESSION_VERSION = 1;

/** One answer given in a domain, in the same shape the answers file uses (so a session exports to a replayable file). */
export type FeedbackEntry =
  | { accept: true }
  | { finalise: true }
  | { choose: { decision: string; option: string } }
  | { priority: Priority }
  | { constraint: string }
  | { note: { decision?: string; text: string } }
  | { action: ActionId; keep: boolean };

/** How a red concern was settled. */
export type ConcernAnswer =
  { id: string; accept: string } | { id: string; revise: { decision: string; option: string } } | { id: string; leaveOpen: true };

export type DomainStatus = 'pending' | 'in-progress' | 'finalised';
export type Phase = 'mode' | 'domains' | 'review' | 'write' | 'done';

export interface SessionState {
  version: typeof SESSION_VERSION;
  /** sha256 over the input files when the session started; a change is reported on resume. */
  inputs: string;
  mode: 'incremental' | 'yolo' | null;
  phase: Phase;
  /** The domain being worked on, when phase is `domains`. */
  domain: DomainId | null;
  domains: Record<DomainId, { status: DomainStatus; log: FeedbackEntry[] }>;
  user: UserInput;
  /** Notes on a section as a whole (notes on one decision live in user.notes). */
  sectionNotes: Partial<Record<DomainId, string[]>>;
  /** Results of advanced actions the user chose to keep, by section. */
  actionResults: Partial<Record<DomainId, ActionResult[]>>;
  concerns: ConcernAnswer[];
  /** False when an answers file or `--yes` drove the session; absent (older records, agents) counts as a person's session. */
  interactive?: boolean;
}

export function initialState(inputs: string): SessionState {
  const domains = Object.fromEntries(DOMAINS.map((d) => [d.id, { status: 'pending', log: [] }])) as unknown as SessionState['domains'];
  return {
    version: SESSION_VERSION,
    inputs,
    mode: null,
    phase: 'mode',
    domain: null,
    domains,
    user: emptyUserInput(),
    sectionNotes: {},
    actionResults: {},
    concerns: [],
  };
}

/** The first domain not finalised yet, in workflow order. */
export function nextDomain(s: SessionState): DomainId | null {
  return DOMAINS.find((d) => s.domains[d.id].status !== 'finalised')?.id ?? null;
}

/** The concern verdicts as the reviewer's tracking entries (only accepted risks; revisions change decisions instead). */
export function trackingOf(s: SessionState): { entries: { id: string; status: 'accepted'; justification: string }[] } {
  return {
    // By id: the order verdicts were given in (live, or replayed from the exported answers) must not reach the document.
    entries: s.concerns
      .flatMap((c) => ('accept' in c ? [{ id: c.id, status: 'accepted' as const, justification: c.accept }] : []))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
