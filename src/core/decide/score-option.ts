// Scores one option against the context, leaving an explain trail of every weight given.
import type { Evidence, ExplainEntry } from '../types.js';
import type { DecideContext, OptionDef } from './define-point.js';

export const COMMITTED_WEIGHT = 1000;
export const MANDATED_WEIGHT = 500;
const PRIORITY_WEIGHT = 3;

export interface Scored {
  option: OptionDef;
  index: number;
  score: number;
  explain: ExplainEntry[];
  committed: Evidence[] | null;
  rejection: string | null;
  prohibited: { text: string; evidence: Evidence[] } | null;
}

const COST_RANK = { free: 0, low: 1, medium: 2, high: 3 } as const;

function matchIds(o: OptionDef): string[] {
  return [o.tech, ...(o.alsoMatches ?? [])].filter((x): x is string => !!x);
}

export function commitmentOf(o: OptionDef, c: DecideContext): Evidence[] | null {
  if (o.committedWhen) return o.committedWhen(c);
  const ids = matchIds(o);
  return ids.length ? c.v.committedAny(...ids) : null;
}

export function scoreOption(o: OptionDef, index: number, c: DecideContext): Scored {
  const explain: ExplainEntry[] = [];
  const add = (delta: number, reason: string, evidence: Evidence[] = []) => {
    if (delta !== 0) explain.push({ option: o.id, delta, reason, evidence });
  };
  const committed = commitmentOf(o, c);
  if (committed) add(COMMITTED_WEIGHT, 'the inputs commit to it', committed);

  const ids = matchIds(o);
  const prohibitedBy = ids.map((id) => c.v.prohibited(id)).find((p) => !!p) ?? null;
  const userExcluded = c.user.constraints.find((k) => ids.some((id) => k.excludes.includes(id)) || k.excludes.includes(o.id));
  for (const id of ids) {
    const m = c.v.mandated(id);
    if (m) {
      add(MANDATED_WEIGHT, 'a guideline requires it', m);
      break;
    }
  }
  const userRequired = c.user.constraints.find((k) => ids.some((id) => k.requires.includes(id)) || k.requires.includes(o.id));
  if (userRequired) add(MANDATED_WEIGHT, `your constraint: ${userRequired.text}`);

  for (const s of o.fits) {
    const hit = s.when(c);
    if (hit) add(s.weight, s.because, Array.isArray(hit) ? hit : []);
  }

  if (!committed) {
    const rejected = ids.map((id) => c.v.rejected(id)).find((h) => !!h);
    if (rejected) add(-50, 'the inputs name it only as a rejected alternative', rejected);
    // A tool the inputs plan for a later phase is a stated intent: adopting it early avoids a migration.
    const planned = c.v.profile.mentions.filter((m) => ids.includes(m.id) && m.reason === 'future');
    if (!rejected && planned.length) add(4, 'the inputs plan it for a later phase', planned.flatMap((m) => m.evidence).slice(0, 2));
  }

  // Generic fit: a small team pays for every moving part, a small budget for every fixed fee.
  const small = c.v.teamAtMost(3);
  if (small && o.complexity >= 4) add(-(o.complexity - 3) * 3, 'operationally heavy for a team this small', small);
  const tight = c.v.budgetBelow(200);
  if (tight && COST_RANK[o.costClass] >= 2) add(-(COST_RANK[o.costClass] - 1) * 3, 'fixed cost strains the stated budget', tight);

  for (const p of c.user.priorities) {
    const lean = o.leans?.[p] ?? 0;
    if (p === 'cost' && lean === 0) add((1 - COST_RANK[o.costClass]) * PRIORITY_WEIGHT, 'your priority: cost');
    else if (p === 'simplicity' && lean === 0) add((2 - o.complexity) * PRIORITY_WEIGHT, 'your priority: simplicity');
    else add(lean * PRIORITY_WEIGHT, `your priority: ${p}`);
  }

  const rejection =
    (userExcluded ? `excluded by your constraint: ${userExcluded.text}` : null) ??
    (prohibitedBy ? `forbidden by a guideline: ${prohibitedBy.text}` : null) ??
    (committed ? null : (o.rejectIf?.(c) ?? null));
  const score = explain.reduce((a, e) => a + e.delta, 0);
  return { option: o, index, score, explain, committed, rejection, prohibited: prohibitedBy };
}
