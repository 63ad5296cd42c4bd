// Pure state transitions: one event in, a new session state out (the input state is never mutated).
import type { ActionResult } from '../actions/action.js';
import type { DomainId } from '../types.js';
import type { ParsedConstraint } from './constraint-parser.js';
import { nextDomain, type ConcernAnswer, type FeedbackEntry, type Phase, type SessionState } from './state.js';

export type SessionEvent =
  | { type: 'mode'; mode: 'incremental' | 'yolo' }
  | { type: 'open-domain'; domain: DomainId }
  | { type: 'feedback'; domain: DomainId; entry: FeedbackEntry; constraint?: ParsedConstraint; result?: ActionResult }
  | { type: 'concern'; answer: ConcernAnswer }
  | { type: 'phase'; phase: Phase };

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function finaliseDomain(s: SessionState, domain: DomainId): void {
  s.domains[domain].status = 'finalised';
  const next = nextDomain(s);
  s.domain = next;
  s.phase = next ? 'domains' : 'review';
  if (next) s.domains[next].status = 'in-progress';
}

function applyFeedback(
  s: SessionState,
  domain: DomainId,
  entry: FeedbackEntry,
  constraint?: ParsedConstraint,
  result?: ActionResult,
): void {
  s.domains[domain].log.push(entry);
  if ('accept' in entry || 'finalise' in entry) finaliseDomain(s, domain);
  else if ('choose' in entry) s.user.choices[entry.choose.decision] = entry.choose.option;
  else if ('priority' in entry) {
    if (!s.user.priorities.includes(entry.priority)) s.user.priorities.push(entry.priority);
  } else if ('constraint' in entry) {
    s.user.constraints.push(constraint ?? { text: entry.constraint, excludes: [], requires: [] });
  } else if ('note' in entry) {
    const { decision, text } = entry.note;
    if (decision) (s.user.notes[decision] ??= []).push(text);
    else (s.sectionNotes[domain] ??= []).push(text);
  } else if ('action' in entry && entry.keep && result) {
    // One kept result per analysis and section: a later run supersedes the earlier one.
    const kept = (s.actionResults[domain] ?? []).filter((r) => r.action !== result.action);
    s.actionResults[domain] = [...kept, result];
  }
}

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
    case 'open-domain':
      s.phase = 'domains';
      s.domain = e.domain;
      s.domains[e.domain].status = 'in-progress';
      return s;
    case 'feedback':
      applyFeedback(s, e.domain, e.entry, e.constraint, e.result);
      return s;
    case 'concern':
      s.concerns = [...s.concerns.filter((c) => c.id !== e.answer.id), e.answer];
      if ('revise' in e.answer) s.user.choices[e.answer.revise.decision] = e.answer.revise.option;
      return s;
    case 'phase':
      s.phase = e.phase;
      if (e.phase !== 'domains') s.domain = null;
      return s;
  }
}
