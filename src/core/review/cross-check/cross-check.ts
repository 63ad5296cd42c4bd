// Checks each Technical Assumptions statement against the decisions: the value it states against the choice in its role.
import { findPoint } from '../../decide/registry.js';
import { techName } from '../../model/tech-catalog.js';
import type { AssumptionStatement, Decision, Evidence, InfraModel, Profile } from '../../types.js';
import { chosenIds, chosenTech, isKindOf, roleDecision } from './decision-techs.js';
import { NEGATIVE_TOPIC, negativeConstraints, type NegativeConstraint } from './negative-statement.js';
import { REFUSAL, refusalOffenders } from './refusal-offenders.js';

export type Verdict = 'agrees' | 'differs' | 'conflict' | 'context only';

export interface CrossRef {
  topic: string;
  text: string;
  verdict: Verdict;
  detail: string;
  /** The conflicts and differences alone, for the open questions. */
  problems: string[];
  evidence: Evidence[];
}

export interface CrossCheck {
  /** One row per topic that a decision speaks to, worst verdict first within the statement order. */
  rows: CrossRef[];
  /** Statements no infrastructure decision depends on, counted rather than listed. */
  contextOnly: number;
}

interface Finding {
  verdict: Exclude<Verdict, 'context only'>;
  text: string;
}

const RANK: Record<Verdict, number> = { conflict: 0, differs: 1, agrees: 2, 'context only': 3 };

const choiceOf = (d: Decision) => `${d.id} chose ${d.choiceTitle}`;

/** A stated technology against the decision in its role: chosen, carried beside another choice, ruled out, or replaced. */
function positive(id: string, decisions: readonly Decision[], model?: InfraModel): Finding | null {
  const name = techName(id);
  // The choice itself first; a kind of it second (EKS for "Kubernetes", ECS for "AWS"), never an id an option only matches on.
  const chosen = decisions.find((d) => chosenIds(d).includes(id)) ?? decisions.find((d) => isKindOf(chosenTech(d) ?? '', id));
  if (chosen) return { verdict: 'agrees', text: `${name} → ${chosen.id}` };
  const beside = decisions.find((d) => d.alsoCommitted.includes(id));
  if (beside) return { verdict: 'differs', text: `${name} stated, but ${choiceOf(beside)} and carries ${name} alongside` };
  const ruled = decisions.find((d) => d.rejected.some((r) => r.id === id));
  if (ruled)
    return {
      verdict: 'conflict',
      text: `${name} stated, but ${ruled.id} ruled it out: ${ruled.rejected.find((r) => r.id === id)!.reason}`,
    };
  const role = roleDecision(id, decisions);
  if (role && !role.attributes?.none) return { verdict: 'differs', text: `${name} stated, but ${choiceOf(role)}` };
  const el = model?.compute.find((c) => c.tech === id) ?? model?.dataStores.find((d) => d.tech === id);
  if (el) return { verdict: 'agrees', text: `${name} → model element ${el.id}` };
  return null;
}

/** A refused technology: any choice that is it (or a kind of it: EKS for Kubernetes) conflicts; otherwise it agrees. */
function negated(id: string, decisions: readonly Decision[]): Finding {
  const name = techName(id);
  const offender = decisions.find((d) => [...chosenIds(d), ...d.alsoCommitted].some((c) => isKindOf(c, id)));
  if (offender) return { verdict: 'conflict', text: `${name} is refused, but ${choiceOf(offender)}` };
  const role = roleDecision(id, decisions);
  return { verdict: 'agrees', text: `no decision chooses ${name}${role ? ` (${choiceOf(role)})` : ''}` };
}

function refusal(kind: NegativeConstraint, decisions: readonly Decision[], profile: Profile): Finding {
  const bad = refusalOffenders(kind, decisions, profile);
  if (!bad.length) return { verdict: 'agrees', text: `no decision chooses ${REFUSAL[kind]}` };
  const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
  return { verdict: 'conflict', text: `it refuses ${REFUSAL[kind]}, but ${bad.slice(0, 3).map(choiceOf).join(', ')}${more}` };
}

/** What the decisions say to one statement; empty when none depends on it. */
function judge(a: AssumptionStatement, decisions: readonly Decision[], profile: Profile, model?: InfraModel): Finding[] {
  const refused = new Set(a.negated ?? []);
  // Statements read before subjects carried a status count every subject as stated.
  const stated = a.positive ?? a.subjects.filter((s) => !refused.has(s));
  const out: Finding[] = [];
  for (const k of negativeConstraints(a.text)) out.push(refusal(k, decisions, profile));
  for (const s of refused) out.push(negated(s, decisions));
  for (const s of stated) {
    const f = positive(s, decisions, model);
    if (f) out.push(f);
  }
  return out;
}

// A topic that names no subject: the root section, "Additional Technical Assumptions and Requests", "Other".
const GENERIC_TOPIC = /^(?:general|other|misc\w*)$|\b(?:assumptions?|requests|additional|technical)\b/i;

/** The row's topic: the statement's own label or section, unless generic; then the refusal or role it speaks to. */
function topicOf(a: AssumptionStatement, decisions: readonly Decision[]): string {
  if (!GENERIC_TOPIC.test(a.topic)) return a.topic;
  const k = negativeConstraints(a.text)[0];
  if (k) return NEGATIVE_TOPIC[k];
  for (const s of [...(a.negated ?? []), ...(a.positive ?? a.subjects)]) {
    const d = roleDecision(s, decisions);
    const title = d && findPoint(d.id)?.meta.title;
    if (title) return title;
  }
  return a.topic;
}

function worst(fs: readonly Finding[]): Exclude<Verdict, 'context only'> {
  return [...fs].sort((x, y) => RANK[x.verdict] - RANK[y.verdict])[0]!.verdict;
}

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

/** Compares the Technical Assumptions with the decisions: one row per topic a decision speaks to, the rest counted. */
export function crossCheck(profile: Profile, decisions: readonly Decision[], model?: InfraModel): CrossCheck {
  const groups = new Map<string, { topic: string; texts: string[]; findings: Finding[]; evidence: Evidence[] }>();
  let contextOnly = 0;
  for (const a of profile.technicalAssumptions) {
    const findings = judge(a, decisions, profile, model);
    if (!findings.length) {
      contextOnly++;
      continue;
    }
    const topic = topicOf(a, decisions);
    const g = groups.get(topic.toLowerCase()) ?? { topic, texts: [], findings: [], evidence: [] };
    g.texts.push(a.text);
    g.findings.push(...findings);
    g.evidence.push(...a.evidence);
    groups.set(topic.toLowerCase(), g);
  }
  const rows = [...groups.values()].map((g): CrossRef => {
    const verdict = worst(g.findings);
    // The decisive findings first: a conflict is the reason for the row, an agreement beside it is context.
    const ordered = [...g.findings].sort((x, y) => RANK[x.verdict] - RANK[y.verdict]);
    const extra = g.texts.length > 2 ? ` (and ${g.texts.length - 2} more statements)` : '';
    return {
      topic: g.topic,
      text: cut(g.texts.slice(0, 2).join(' · '), 400) + extra,
      verdict,
      detail: [...new Set(ordered.map((f) => f.text))].join('; '),
      problems: [...new Set(ordered.filter((f) => f.verdict !== 'agrees').map((f) => f.text))],
      evidence: dedupe(g.evidence).slice(0, 3),
    };
  });
  return { rows, contextOnly };
}

function dedupe(e: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return e.filter((x) => {
    const k = `${x.file}:${x.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
