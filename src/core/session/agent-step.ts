// The current step of a session as data, for an agent that runs the guided mode on a person's behalf (MCP tools).
import { ACTIONS } from '../actions/registry.js';
import { DOMAINS, domainInfo } from '../decide/domains.js';
import { findPoint } from '../decide/registry.js';
import type { Concern, Decision, DomainId, Profile } from '../types.js';
import type { ConcernTracking } from '../review/review.js';
import { concernsOf, decisionsOf } from './deps.js';
import { PRIORITY_LABELS } from './prompts.js';
import type { SessionState } from './state.js';

/** One decision as the person should see it: every viable option with pros and cons, the recommendation and why. */
export function decisionView(d: Decision) {
  const point = findPoint(d.id);
  return {
    id: d.id,
    question: d.question,
    recommended: d.choice,
    recommendedTitle: d.choiceTitle,
    basis: d.basis,
    options: d.options.map((o) => ({
      id: o.id,
      title: o.title,
      summary: o.summary,
      pros: o.pros,
      cons: o.cons,
      score: o.score,
      costClass: o.costClass,
      complexity: o.complexity,
    })),
    otherOptions: (point?.options ?? [])
      .filter((o) => !d.options.some((x) => x.id === o.id))
      .map((o) => ({ id: o.id, title: o.title, ruledOut: d.rejected.find((r) => r.id === o.id)?.reason ?? null })),
    rationale: d.rationale,
    evidence: d.evidence,
    assumptions: d.assumptions,
    conflicts: d.conflicts,
    notes: d.notes,
  };
}

export function concernView(c: Concern) {
  return {
    id: c.id,
    level: c.level,
    status: c.status,
    title: c.title,
    message: c.message,
    mitigation: c.mitigation,
    resolvedBy: c.resolvedBy,
    evidence: c.evidence.facts,
  };
}

const DOMAIN_ANSWERS = [
  { answer: { accept: true }, means: 'accept the recommendations and finalise this section' },
  {
    answer: { choose: { decision: '<decision id>', option: '<option id>' } },
    means: 'pick another option for one decision of this section',
  },
  { answer: { priority: '<priority>' }, means: `weigh a priority from now on: ${Object.keys(PRIORITY_LABELS).join(', ')}` },
  { answer: { constraint: '<text, e.g. "no Kubernetes">' }, means: "exclude or require technologies, in the person's words" },
  { answer: { note: { decision: '<decision id, optional>', text: '<text>' } }, means: 'add a note to the section or to one decision' },
  { answer: { action: '<action id>' }, means: 'run an advanced analysis and show its result (nothing recorded)' },
  {
    answer: { action: '<action id>', keep: true },
    means: 'run it and keep the result in the section (keep: false records that it was run and dropped)',
  },
  { answer: { finalise: true }, means: 'finalise the section as it stands' },
];

const CONCERN_ANSWERS = [
  {
    answer: { concern: { id: '<concern id>', revise: { decision: '<decision id>', option: '<option id>' } } },
    means: 'revise a decision so the concern goes away',
  },
  {
    answer: { concern: { id: '<concern id>', accept: '<written justification>' } },
    means: 'accept the risk; the justification is kept in the document',
  },
  { answer: { concern: { id: '<concern id>', leaveOpen: true } }, means: 'leave it open: the document is written as a blocked draft' },
];

/** The red concerns still to settle: open and not left open on purpose. */
export function pendingConcerns(profile: Profile, s: SessionState, tracking?: ConcernTracking): { all: Concern[]; pending: Concern[] } {
  const all = concernsOf(profile, s, tracking);
  const skipped = new Set(s.concerns.filter((c) => 'leaveOpen' in c).map((c) => c.id));
  return { all, pending: all.filter((c) => c.level === 'red' && c.status === 'open' && !skipped.has(c.id)) };
}

function domainStep(profile: Profile, s: SessionState, domain: DomainId) {
  const info = domainInfo(domain);
  const decisions = decisionsOf(profile, s).filter((d) => d.domain === domain);
  return {
    phase: 'domains' as const,
    domain: {
      id: domain,
      title: info.title,
      purpose: info.purpose,
      position: DOMAINS.findIndex((d) => d.id === domain) + 1,
      of: DOMAINS.length,
    },
    decisions: decisions.map(decisionView),
    answersSoFar: s.domains[domain].log,
    actions: ACTIONS.filter((a) => a.meta.id !== 'finalise').map((a) => ({
      id: a.meta.id,
      title: a.meta.title,
      description: a.meta.description,
    })),
    answers: DOMAIN_ANSWERS,
  };
}

/** Everything an agent needs to present the current step and to know which answers it may send. */
export function agentStep(profile: Profile, s: SessionState, tracking?: ConcernTracking) {
  if (s.phase === 'mode') {
    return {
      phase: 'mode' as const,
      answers: [
        { answer: { mode: 'incremental' }, means: 'walk the twelve domains one by one' },
        { answer: { mode: 'yolo' }, means: 'skip to writing the whole draft from the recommendations' },
      ],
    };
  }
  if (s.phase === 'domains' && s.domain) return domainStep(profile, s, s.domain);
  if (s.phase === 'review' || s.phase === 'domains') {
    const { all, pending } = pendingConcerns(profile, s, tracking);
    const counts = { red: 0, yellow: 0, green: 0 };
    for (const c of all) counts[c.level]++;
    return {
      phase: 'review' as const,
      counts,
      concerns: all.map(concernView),
      next: pending[0] ? concernView(pending[0]) : null,
      answers: pending.length ? CONCERN_ANSWERS : [{ answer: { review: 'done' }, means: 'no red concern is left: go on to writing' }],
    };
  }
  if (s.phase === 'write') {
    return {
      phase: 'write' as const,
      answers: [
        {
          answer: { write: true },
          means: 'write the document, ADRs, diagrams and model (add "force": true to replace a document edited by hand)',
        },
      ],
    };
  }
  return { phase: 'done' as const, answers: [] };
}

export type AgentStep = ReturnType<typeof agentStep>;
