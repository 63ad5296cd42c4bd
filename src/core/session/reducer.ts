// Pure state transitions: one event in, a new session state out (the input state is never mutated).
import type { ActionResult } from '../actions/action.js';
import type { DomainId } from '../types.js';
import type { ParsedConstraint } from './constraint-parser.js';
import { nextDomain, type ConcernAnswer, type FeedbackEntry, type Phase, type SessionState } from './state.js';
import { userOf } from './user-of.js';

export type SessionEvent =
  | { type: 'mode'; mode: 'incremental' | 'yolo' }
  | { type: 'open-domain'; domain: DomainId }
  | { type: 'feedback'; domain: DomainId; entry: FeedbackEntry; constraint?: ParsedConstraint; result?: ActionResult }
  | { type: 'concern'; answer: ConcernAnswer }
  | { type: 'phase'; phase: Phase };

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const ends = (e: FeedbackEntry) => 'accept' in e || 'finalise' in e;

function finaliseDomain(s: SessionState, domain: DomainId): void {
  s.domains[domain].status = 'finalised';
  const next = nextDomain(s);
  s.domain = next;
  s.phase = next ? 'domains' : 'review';
  if (next) s.domains[next].status = 'in-progress';
}

function applyFeedback(s: SessionState, domain: DomainId, entry: FeedbackEntry, result?: ActionResult): void {
  s.domains[domain].log.push(entry);
  if (ends(entry)) finaliseDomain(s, domain);
  else if ('choose' in entry) {
    // A later choice for a decision supersedes a concern revision of it: the concern is asked again if still raised.
    const d = entry.choose.decision;
    s.concerns = s.concerns.filter((c) => !('revise' in c && c.revise.decision === d));
  } else if ('note' in entry && !entry.note.decision) (s.sectionNotes[domain] ??= []).push(entry.note.text);
  else if ('action' in entry && entry.keep && result) {
    // One kept result per analysis and section: a later run supersedes the earlier one.
    const kept = (s.actionResults[domain] ?? []).filter((r) => r.action !== result.action);
    s.actionResults[domain] = [...kept, result];
  }
}

/**
 * The user's answers are re-derived from the logs after every event (see user-of.ts), so a session and the answers file
 * exported from it, replayed section by section, arrive at the same input whatever order the answers were given in.
 */
export function reduce(state: SessionState, e: SessionEvent): SessionState {
  const s = clone(state);
  switch (e.type) {
    case 'mode':
      s.mode = e.mode;
      s.phase = e.mode === 'yolo' ? 'write' : 'domains';
      if (e.mode === 'incremental') {
        s.domain = nextDomain(s);
        if (s.domain) s.domains[s.domain].status = 'in-progress';
        else s.phase = 'review';
      }
      return s;
    case 'open-domain': {
      const d = s.domains[e.domain];
      // Re-opening a finished section continues its log: the entry that closed it goes, the closing answer comes at the end.
      if (d.status === 'finalised') while (d.log.length && ends(d.log[d.log.length - 1]!)) d.log.pop();
      s.phase = 'domains';
      s.domain = e.domain;
      d.status = 'in-progress';
      return s;
    }
    case 'feedback':
      applyFeedback(s, e.domain, e.entry, e.result);
      s.user = userOf(s);
      return s;
    case 'concern': {
      const a = e.answer;
      // One verdict per concern, and one revision per decision: the latest wins, so replay order cannot matter.
      s.concerns = [
        ...s.concerns.filter((c) => c.id !== a.id && !('revise' in a && 'revise' in c && c.revise.decision === a.revise.decision)),
        a,
      ];
      s.user = userOf(s);
      return s;
    }
    case 'phase':
      s.phase = e.phase;
      if (e.phase !== 'domains') s.domain = null;
      return s;
  }
}
