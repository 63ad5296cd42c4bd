// Applies one answer from an agent to the session: checks it against the current step, then reduces it to the same events the terminal records.
import type { ActionId, ActionResult } from '../actions/action.js';
import { findAction } from '../actions/registry.js';
import { findPoint } from '../decide/registry.js';
import { optionsOf } from '../decide/catalogue-options.js';
import type { ConcernTracking } from '../review/review.js';
import type { Priority, Profile } from '../types.js';
import { parseConstraint } from './constraint-parser.js';
import { decisionsOf, modelOf } from './deps.js';
import { pendingConcerns } from './agent-step.js';
import { reduce, type SessionEvent } from './reducer.js';
import { renderChanges } from './render-domain.js';
import type { ConcernAnswer, SessionState } from './state.js';

/** The answers an agent may send; the domain ones have the shape of the answers file (docs/answers-file.md). */
export type AgentAnswer =
  | { mode: 'incremental' | 'yolo' }
  | { accept: true }
  | { finalise: true }
  | { choose: { decision: string; option: string } }
  | { priority: Priority }
  | { constraint: string }
  | { note: { decision?: string; text: string } }
  | { action: Exclude<ActionId, 'finalise'>; keep?: boolean }
  | { concern: ConcernAnswer }
  | { review: 'done' };

export type AnswerOutcome =
  | { ok: true; state: SessionState; events: SessionEvent[]; changes: string[]; result?: ActionResult; said?: string }
  | { ok: false; error: string };

const fail = (error: string): AnswerOutcome => ({ ok: false, error });

/** Checks that `option` is an option of decision point `decision` and, when `domain` is given, that the point belongs to it. */
function checkChoice(decision: string, option: string, domain?: string): string | null {
  const point = findPoint(decision);
  if (!point) return `unknown decision "${decision}"`;
  if (domain && point.meta.domain !== domain) return `decision "${decision}" is not in the current section (${domain})`;
  if (!optionsOf(point).some((o) => o.id === option))
    return `"${option}" is not an option of ${decision}; its options are ${point.options.map((o) => o.id).join(', ')}`;
  return null;
}

function domainAnswer(profile: Profile, s: SessionState, a: AgentAnswer): AnswerOutcome {
  const domain = s.domain!;
  const before = decisionsOf(profile, s);
  const done = (events: SessionEvent[], extra: Partial<Extract<AnswerOutcome, { ok: true }>> = {}): AnswerOutcome => {
    const state = events.reduce(reduce, s);
    return { ok: true, state, events, changes: renderChanges(before, decisionsOf(profile, state)), ...extra };
  };
  if ('accept' in a) return done([{ type: 'feedback', domain, entry: { accept: true } }]);
  if ('finalise' in a) return done([{ type: 'feedback', domain, entry: { finalise: true } }]);
  if ('choose' in a) {
    const why = checkChoice(a.choose.decision, a.choose.option, domain);
    return why ? fail(why) : done([{ type: 'feedback', domain, entry: { choose: { ...a.choose } } }]);
  }
  if ('priority' in a) return done([{ type: 'feedback', domain, entry: { priority: a.priority } }]);
  if ('constraint' in a) {
    const text = a.constraint.trim();
    if (!text) return fail('the constraint is empty: state it in words, e.g. "no Kubernetes"');
    const constraint = parseConstraint(text);
    const read =
      constraint.excludes.length || constraint.requires.length
        ? `Constraint read as: ${[...constraint.excludes.map((x) => `exclude ${x}`), ...constraint.requires.map((x) => `require ${x}`)].join(', ')}.`
        : 'No technology recognised in that constraint; it is kept in the document as written.';
    return done([{ type: 'feedback', domain, entry: { constraint: text }, constraint }], { said: read });
  }
  if ('note' in a) {
    const text = a.note.text.trim();
    if (!text) return fail('the note is empty');
    if (a.note.decision && !before.some((d) => d.id === a.note.decision && d.domain === domain))
      return fail(`decision "${a.note.decision}" is not in the current section (${domain})`);
    return done([{ type: 'feedback', domain, entry: { note: a.note.decision ? { decision: a.note.decision, text } : { text } } }]);
  }
  if ('action' in a) {
    const action = findAction(a.action);
    if (!action || action.meta.id === 'finalise') return fail(`unknown analysis "${a.action}"`);
    const result = action.run({ profile, decisions: before, model: modelOf(profile, before), domain });
    // Without `keep` the result is only shown, like the terminal before it asks whether to keep it.
    if (a.keep === undefined) return { ok: true, state: s, events: [], changes: [], result };
    return done([{ type: 'feedback', domain, entry: { action: action.meta.id, keep: a.keep }, result }], { result });
  }
  return fail(
    'this answer does not fit the current step (a section is open): send accept, choose, priority, constraint, note, action or finalise',
  );
}

function reviewAnswer(profile: Profile, s: SessionState, a: AgentAnswer, tracking?: ConcernTracking): AnswerOutcome {
  const { pending } = pendingConcerns(profile, s, tracking);
  const toWrite = (state: SessionState, events: SessionEvent[]): AnswerOutcome => {
    const left = pendingConcerns(profile, state, tracking).pending;
    // Like the terminal: once no red concern waits for an answer, the review is over.
    if (left.length) return { ok: true, state, events, changes: [] };
    const phase: SessionEvent = { type: 'phase', phase: 'write' };
    return { ok: true, state: reduce(state, phase), events: [...events, phase], changes: [] };
  };
  if ('review' in a)
    return pending.length ? fail(`red concerns still need an answer: ${pending.map((c) => c.id).join(', ')}`) : toWrite(s, []);
  if (!('concern' in a)) return fail('this answer does not fit the current step (the feasibility review): send a concern answer');
  const c = a.concern;
  if (!pending.some((p) => p.id === c.id))
    return fail(`"${c.id}" is not an open red concern; open ones: ${pending.map((p) => p.id).join(', ') || 'none'}`);
  if ('accept' in c && !c.accept.trim()) return fail('accepting a risk needs a written justification');
  if ('revise' in c) {
    const why = checkChoice(c.revise.decision, c.revise.option);
    if (why) return fail(why);
  }
  const answer: ConcernAnswer =
    'accept' in c
      ? { id: c.id, accept: c.accept.trim() }
      : 'revise' in c
        ? { id: c.id, revise: { ...c.revise } }
        : { id: c.id, leaveOpen: true };
  const event: SessionEvent = { type: 'concern', answer };
  const state = reduce(s, event);
  const out = toWrite(state, [event]);
  if (out.ok && 'revise' in c) {
    const still = pendingConcerns(profile, state, tracking).pending.some((p) => p.id === c.id);
    out.said = still ? 'The concern is still open after that revision.' : 'Resolved by the revision.';
  }
  return out;
}

/** Applies `a` to `s` when it fits the current step; the state is never mutated. */
export function applyAgentAnswer(profile: Profile, s: SessionState, a: AgentAnswer, tracking?: ConcernTracking): AnswerOutcome {
  if (s.phase === 'mode') {
    if (!('mode' in a)) return fail('the session first needs a mode: send {"mode": "incremental"} or {"mode": "yolo"}');
    const e: SessionEvent = { type: 'mode', mode: a.mode };
    return { ok: true, state: reduce(s, e), events: [e], changes: [] };
  }
  if (s.phase === 'domains' && s.domain) return domainAnswer(profile, s, a);
  if (s.phase === 'review' || s.phase === 'domains') return reviewAnswer(profile, s, a, tracking);
  if (s.phase === 'write') return fail('every section and concern is settled: write the document (session_answer with {"write": true})');
  return fail('the session is finished; start a new one, or revise a section with `infra-arch revise --section <domain>`');
}
