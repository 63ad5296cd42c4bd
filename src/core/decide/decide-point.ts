// Turns one decision point into a Decision: filter, honour commitments, score, explain, cite.
import type { Decision, DecisionOption, Evidence } from '../types.js';
import type { DecideContext, DecisionPoint } from './define-point.js';
import { scoreOption, type Scored } from './score-option.js';
import { carryStated, statedOutside } from './stated-choice.js';
import { optionsOf } from './catalogue-options.js';

const MAX_SHOWN = 3;

function cite(e: Evidence[]): string {
  const uniq = [...new Set(e.map((x) => `${x.file}:${x.line}`))];
  return uniq.slice(0, 3).join(', ');
}

function toOption(s: Scored, note?: string): DecisionOption {
  const o = s.option;
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    pros: [...o.pros],
    cons: note ? [...o.cons, note] : [...o.cons],
    score: s.score,
    costClass: o.costClass,
    complexity: o.complexity,
  };
}

const COST_RANK = { free: 0, low: 1, medium: 2, high: 3 } as const;

/**
 * Highest score first; on a tie the least operational option (complexity, then cost), then the point's own order.
 * Two committed options tied are both the inputs' choice: the point's order (the wider platform first) settles it.
 */
function byScore(a: Scored, b: Scored): number {
  if (a.score === b.score && a.committed && b.committed) return a.index - b.index;
  return (
    b.score - a.score ||
    a.option.complexity - b.option.complexity ||
    COST_RANK[a.option.costClass] - COST_RANK[b.option.costClass] ||
    a.index - b.index
  );
}

/** Something in the inputs speaks for the option: a commitment or a signal with evidence. */
function evidenced(s: Scored): boolean {
  return !!s.committed || s.explain.some((e) => e.delta > 0 && e.evidence.length > 0);
}

/** A heavyweight self-run service (Vault, a self-run Grafana stack, Argo CD) is never chosen without evidence. */
function withoutUnbackedHeavyweights(viable: Scored[]): Scored[] {
  const light = viable.filter((s) => !s.option.attrs?.heavyweight || evidenced(s));
  return light.length ? [...light, ...viable.filter((s) => !light.includes(s))] : viable;
}

export function decidePoint(point: DecisionPoint, c: DecideContext): Decision {
  const { meta } = point;
  // Catalogue records the inputs name without a hand-written option become options (a pack's PaaS, Linode).
  const withCatalogue: DecisionPoint = { ...point, options: optionsOf(point, c) };
  const scored = withCatalogue.options.map((o, i) => scoreOption(o, i, c));
  const conflicts: string[] = [];
  for (const s of scored) {
    if (s.committed && s.prohibited) {
      conflicts.push(
        `The inputs commit to ${s.option.title} (${cite(s.committed)}) but a guideline forbids it (${cite(s.prohibited.evidence)}): "${s.prohibited.text}". The guideline was followed; settle the conflict in the inputs.`,
      );
    }
  }
  const viable = withoutUnbackedHeavyweights(scored.filter((s) => !s.rejection).sort(byScore));
  const ruledOut = scored.filter((s) => s.rejection).sort(byScore);

  const userPick = c.user.choices[meta.id];
  const picked = userPick ? scored.find((s) => s.option.id === userPick) : undefined;
  const needed = !meta.needs || picked || scored.some((s) => s.committed && !s.rejection) || !!meta.needs.when(c);
  const nothing = needed ? undefined : [...viable, ...ruledOut].find((s) => s.option.attrs?.none);
  const chosen: Scored = picked ?? nothing ?? viable[0] ?? ruledOut[0];
  const basis: Decision['basis'] = picked ? 'user' : chosen.committed ? 'committed' : 'scored';

  const others = viable.filter((s) => s !== chosen);
  const shown: DecisionOption[] = [toOption(chosen), ...others.slice(0, MAX_SHOWN - 1).map((s) => toOption(s))];
  for (const r of ruledOut) {
    if (shown.length >= 2) break;
    if (r !== chosen) shown.push(toOption(r, `Ruled out here: ${r.rejection}`));
  }

  const positives = chosen.explain.filter((e) => e.delta > 0).sort((a, b) => b.delta - a.delta);
  const withEvidence = chosen.explain.filter((e) => e.evidence.length > 0);
  const parts: string[] = [];
  if (basis === 'user') parts.push(`${chosen.option.title} was chosen during the session.`);
  else if (basis === 'committed') parts.push(`The inputs commit to ${chosen.option.title} (${cite(chosen.committed!)}).`);
  else if (nothing)
    parts.push(
      `Nothing in the inputs calls for ${meta.needs!.what}, so ${chosen.option.title} is modelled until a fact does (a default without evidence).`,
    );
  else if (others[0] && others[0].score === chosen.score && !evidenced(chosen))
    parts.push(
      `Nothing in the inputs distinguishes ${chosen.option.title} from ${others[0].option.title}, so the least operational option was taken (a default without evidence).`,
    );
  else {
    const runner = others[0];
    const lead = runner ? ` (score ${chosen.score}; runner-up ${runner.option.title} at ${runner.score})` : '';
    parts.push(`${chosen.option.title} fits best${lead}.`);
  }
  const reasons = positives.filter((e) => e.reason !== 'the inputs commit to it').slice(0, 3);
  if (reasons.length)
    parts.push(`It fits because ${reasons.map((e) => (e.evidence.length ? `${e.reason} (${cite(e.evidence)})` : e.reason)).join('; ')}.`);
  const penalties = chosen.explain.filter((e) => e.delta < 0);
  if (penalties.length && basis !== 'scored') parts.push(`Trade-offs accepted: ${penalties.map((e) => e.reason).join('; ')}.`);
  const alsoCommitted = scored.filter((s) => s.committed && s !== chosen && !s.rejection);
  if (alsoCommitted.length)
    parts.push(
      `The inputs also commit to ${alsoCommitted.map((s) => `${s.option.title} (${cite(s.committed!)})`).join(', ')}, carried alongside.`,
    );
  if (chosen.rejection && !nothing) parts.push(`Note: ${chosen.rejection}.`);
  parts.push(...conflicts);

  const assumptions: string[] = [];
  if (withEvidence.length === 0 && basis !== 'user') assumptions.push(`[ASSUMPTION] ${meta.assumption}`);

  const evidence = [
    ...new Map(withEvidence.flatMap((e) => e.evidence).map((x) => [`${x.file}:${x.line}`, { file: x.file, line: x.line }])).values(),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

  const decision: Decision = {
    id: meta.id,
    domain: meta.domain,
    question: meta.question,
    choice: chosen.option.id,
    choiceTitle: chosen.option.title,
    basis,
    options: shown,
    rejected: ruledOut.map((r) => ({ id: r.option.id, title: r.option.title, reason: r.rejection! })),
    rationale: parts.join(' '),
    evidence,
    assumptions,
    explain: [...scored].sort((a, b) => a.index - b.index).flatMap((s) => s.explain),
    conflicts,
    alsoCommitted: alsoCommitted.map((s) => s.option.id),
    notes: [...(c.user.notes[meta.id] ?? [])],
    attributes: { ...(chosen.option.attrs ?? {}) },
  };
  return carryStated(decision, statedOutside(withCatalogue, c), scored, c);
}
