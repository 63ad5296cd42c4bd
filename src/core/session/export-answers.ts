// Turns a session back into the answers-file shape, so a person's session can be replayed and reviewed in CI.
import { DOMAINS } from '../decide/domains.js';
import type { FeedbackEntry, SessionState } from './state.js';

type Plain = string | Record<string, unknown>;

function entry(e: FeedbackEntry): Plain {
  if ('accept' in e) return 'accept';
  if ('finalise' in e) return 'finalise';
  if ('action' in e) return e.keep ? { action: e.action } : { action: e.action, keep: false };
  if ('note' in e) return { note: e.note.decision ? { decision: e.note.decision, text: e.note.text } : e.note.text };
  return e as unknown as Record<string, unknown>;
}

export function answersFromState(s: SessionState): Record<string, unknown> {
  const domains: Record<string, unknown> = {};
  for (const d of DOMAINS) {
    const log = s.domains[d.id].log;
    if (!log.length) continue;
    domains[d.id] = log.length === 1 && 'accept' in log[0] ? 'accept' : log.map(entry);
  }
  const concerns = s.concerns.map((c) =>
    'accept' in c ? { id: c.id, accept: c.accept } : 'revise' in c ? { id: c.id, revise: c.revise } : { id: c.id, 'leave-open': true },
  );
  return { version: 1, mode: s.mode ?? 'incremental', domains, ...(concerns.length ? { concerns } : {}) };
}
