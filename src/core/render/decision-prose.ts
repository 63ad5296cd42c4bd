// How a decision reads in the document: which ones get the full options table, and the one-line reason for the rest.
import type { Decision, DecisionOption, Evidence, ExplainEntry } from '../types.js';
import { firstExcerpt } from './evidence-excerpt.js';

/** Decisions whose choice shapes everything else; they always get the full options table. */
export const HIGH_IMPACT: readonly string[] = [
  'cloud.primary-platform',
  'compute.runtime',
  'data.primary-database',
  'network.topology',
  'security.identity',
  'cicd.pipeline-platform',
  'cicd.iac-tool',
  'dr.strategy-tier',
];

/** A reader weighs about this many full option tables; past it the closest calls win the place. */
export const MAX_FULL = 15;

const COMMITTED = 'the inputs commit to it';

/** The option runner-up to the choice, if the decision shows one. */
export function runnerUp(d: Decision): DecisionOption | null {
  return d.options.find((o) => o.id !== d.choice) ?? null;
}

function chosenOption(d: Decision): DecisionOption | undefined {
  return d.options.find((o) => o.id === d.choice);
}

/** No fact separates the choice from the runner-up: both at zero or below, or the choice is ruled out itself. */
export function isUndecided(d: Decision): boolean {
  if (d.basis !== 'scored') return false;
  const c = chosenOption(d);
  const r = runnerUp(d);
  return !c || c.score <= 0 || (r !== null && c.score === r.score && reasons(d).length === 0);
}

/** Scored within one point of the runner-up, with a real signal behind it: a close call someone should look at. */
export function isContested(d: Decision): boolean {
  if (d.basis !== 'scored') return false;
  const c = chosenOption(d);
  const r = runnerUp(d);
  return !!c && !!r && c.score > 0 && c.score - r.score <= 1;
}

/** Which decisions get the full options table: high-impact, conflicting, chosen in a session, or contested (closest first), at most MAX_FULL. */
export function fullTableIds(decisions: readonly Decision[]): Set<string> {
  const must = decisions.filter((d) => HIGH_IMPACT.includes(d.id) || d.conflicts.length > 0 || d.basis === 'user');
  const margin = (d: Decision) => (chosenOption(d)?.score ?? 0) - (runnerUp(d)?.score ?? 0);
  const close = decisions
    .filter((d) => !must.includes(d) && isContested(d))
    .map((d, i) => ({ d, i }))
    .sort((a, b) => margin(a.d) - margin(b.d) || a.i - b.i)
    .map((x) => x.d);
  return new Set([...must, ...close.slice(0, Math.max(0, MAX_FULL - must.length))].map((d) => d.id));
}

/** The positive reasons behind the choice, strongest first, without the bare commitment; of two equally strong, the one a line of the inputs backs leads. */
export function reasons(d: Decision): ExplainEntry[] {
  const backed = (e: ExplainEntry) => (e.evidence.length ? 1 : 0);
  return d.explain
    .filter((e) => e.option === d.choice && e.delta > 0 && e.reason !== COMMITTED)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.delta - a.e.delta || backed(b.e) - backed(a.e) || a.i - b.i)
    .map((x) => x.e);
}

/** Trade-offs the choice carries (negative weights), for a choice that was stated or picked rather than scored. */
export function tradeOffs(d: Decision): string[] {
  return [...new Set(d.explain.filter((e) => e.option === d.choice && e.delta < 0).map((e) => e.reason))];
}

/** Where the inputs commit to the choice. */
export function commitmentEvidence(d: Decision): Evidence[] {
  return d.explain.filter((e) => e.option === d.choice && e.reason === COMMITTED).flatMap((e) => e.evidence);
}

/** The most specific lines behind a decision, at most `max`: the commitment first, then the strongest reason's. */
export function keyEvidence(d: Decision, max = 2, first?: Evidence): { file: string; line: number }[] {
  const pool = [...(first ? [first] : []), ...commitmentEvidence(d), ...reasons(d).flatMap((e) => e.evidence)];
  const seen = new Map<string, { file: string; line: number }>();
  for (const e of pool) if (!seen.has(`${e.file}:${e.line}`)) seen.set(`${e.file}:${e.line}`, { file: e.file, line: e.line });
  const list = [...seen.values()];
  return (list.length ? list : d.evidence).slice(0, max);
}

/** Evidence whose words can stand behind the claim the document makes first: the commitment's own lines for a stated choice, else the strongest reason's. */
function excerptSources(d: Decision): Evidence[] {
  if (d.basis === 'user') return [];
  if (d.basis === 'committed') return [...commitmentEvidence(d), ...(d.stated?.evidence ?? [])];
  return reasons(d)[0]?.evidence ?? [];
}

export interface ChoiceExcerpt {
  text: string;
  evidence: Evidence;
}

/**
 * One excerpt of the inputs per decision, in the order the decisions are read, each quote used once in a document:
 * the same stack-table line under nine defaults would be noise, so a later decision takes its next line or none.
 */
export function choiceExcerpts(ordered: readonly Decision[], used = new Set<string>()): Map<string, ChoiceExcerpt> {
  const out = new Map<string, ChoiceExcerpt>();
  for (const d of ordered) {
    const x = firstExcerpt(excerptSources(d), used, d.basis === 'committed' ? (d.stated?.name ?? d.choiceTitle) : undefined);
    if (!x) continue;
    used.add(x.text);
    out.set(d.id, x);
  }
  return out;
}

/** An alternative's quote and the signal it stands behind, as optionHere words it ("for: …"). */
export interface AlternativeExcerpt extends ChoiceExcerpt {
  signal: string;
}

/**
 * The project's own words behind an alternative in a full options table: its strongest signal's first unused quote,
 * keyed `decision option`. Catalogue pros and cons read alike in every project; the line that brought the option into
 * the running is what this project says about it. Quotes the choices already use stay theirs (`used` is shared).
 */
export function alternativeExcerpts(ordered: readonly Decision[], used: Set<string>): Map<string, AlternativeExcerpt> {
  const out = new Map<string, AlternativeExcerpt>();
  for (const d of ordered)
    for (const o of d.options) {
      if (o.id === d.choice) continue;
      const top = d.explain
        .filter((e) => e.option === o.id && e.delta !== 0 && e.reason !== COMMITTED && e.evidence.length)
        .map((e, i) => ({ e, i }))
        .sort((a, b) => Math.abs(b.e.delta) - Math.abs(a.e.delta) || a.i - b.i)[0]?.e;
      // A name in the signal ("the platform is AWS") anchors the quote on it.
      const name = top?.reason.split(' ').find((w) => /^[A-Z][A-Za-z0-9]/.test(w));
      const x = top ? firstExcerpt(top.evidence, used, name) : null;
      if (!x) continue;
      used.add(x.text);
      out.set(`${d.id} ${o.id}`, { ...x, signal: `${top.delta > 0 ? 'for' : 'against'}: ${top.reason}` });
    }
  return out;
}

/** One clause saying why this choice: stated, the strongest reason, or that nothing decided it. */
export function reasonClause(d: Decision): string {
  if (d.basis === 'user') return 'chosen in the architecture session';
  const top = reasons(d)[0];
  if (d.basis === 'committed') return top ? `stated in the inputs; ${top.reason}` : 'stated in the inputs';
  if (isUndecided(d) || !top) return 'no stated fact decides it: a default to confirm';
  return top.reason;
}

/** What the inputs said for and against one option here: the signals that moved its score, strongest first, at most three. */
export function optionHere(d: Decision, optionId: string): string {
  const rejected = d.rejected.find((r) => r.id === optionId);
  if (rejected) return `ruled out: ${rejected.reason}`;
  const entries = d.explain
    .filter((e) => e.option === optionId && e.delta !== 0)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Math.abs(b.e.delta) - Math.abs(a.e.delta) || a.i - b.i)
    .map((x) => (x.e.reason === COMMITTED ? 'stated in the inputs' : x.e.delta > 0 ? `for: ${x.e.reason}` : `against: ${x.e.reason}`));
  const list = [...new Set(entries)].slice(0, 3);
  if (list.length) return list.join('; ');
  // A stated technology outside the compared options carries no scored signal, but the inputs chose it.
  if (d.stated?.id === optionId) return d.stated.unknown ? 'stated in the inputs; not in the knowledge base' : 'stated in the inputs';
  return optionId === d.choice ? 'the default: nothing in the inputs decides it' : 'nothing in the inputs bears on it';
}
