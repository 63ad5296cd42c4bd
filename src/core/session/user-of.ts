// The user's input as a function of the session's answers: section logs in workflow order, then the concern revisions.
import { DOMAINS } from '../decide/domains.js';
import { emptyUserInput } from '../decide/decide.js';
import type { UserInput } from '../types.js';
import { parseConstraint } from './constraint-parser.js';
import type { SessionState } from './state.js';

/**
 * Derived, never accumulated: answering section B and then revising section A gives the same input as answering A then B,
 * which is the order a replay of the exported answers file takes.
 */
export function userOf(s: Pick<SessionState, 'domains' | 'concerns'>): UserInput {
  const user = emptyUserInput();
  for (const d of DOMAINS) {
    for (const entry of s.domains[d.id].log) {
      if ('choose' in entry) user.choices[entry.choose.decision] = entry.choose.option;
      else if ('priority' in entry) {
        if (!user.priorities.includes(entry.priority)) user.priorities.push(entry.priority);
      } else if ('constraint' in entry) user.constraints.push(parseConstraint(entry.constraint));
      else if ('note' in entry && entry.note.decision) (user.notes[entry.note.decision] ??= []).push(entry.note.text);
    }
  }
  for (const c of s.concerns) if ('revise' in c) user.choices[c.revise.decision] = c.revise.option;
  return user;
}
