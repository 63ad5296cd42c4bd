// Final review (checklist results), the traceability table, and assumptions with open questions.
import type { RootContent } from 'mdast';
import { DOMAINS } from '../../decide/domains.js';
import { evidenceList } from '../evidence-links.js';
import { code, h, p, table, ul, type Cell, type Inline } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { traceRows, type TraceRow } from '../traceability.js';
import { crossCheck } from '../../review/cross-check/cross-check.js';
import { budgetText, listOf } from '../facts.js';
import { costAgainstBudget } from '../../model/cost-budget.js';

type Result = 'pass' | 'warn' | 'fail';

export interface ReviewCheck {
  check: string;
  result: Result;
  detail: string;
}

export function finalChecks(c: RenderContext): ReviewCheck[] {
  const ds = c.decisions;
  const missing = DOMAINS.filter((d) => !ds.some((x) => x.domain === d.id)).map((d) => d.title);
  const unsupported = ds.filter((d) => d.evidence.length === 0 && d.assumptions.length === 0 && d.basis !== 'user');
  const thin = ds.filter((d) => d.options.length < 2);
  const reds = c.concerns.filter((x) => x.level === 'red' && x.status === 'open');
  const rows = traceRows(c.profile, ds);
  const untraced = rows.filter((r) => r.decisions.length === 0);
  const cost = costAgainstBudget(c.model, c.profile);
  const conflicts = ds.filter((d) => d.conflicts.length);
  const checks: ReviewCheck[] = [
    {
      check: 'Every infrastructure domain has a decision',
      result: missing.length ? 'warn' : 'pass',
      detail: missing.length ? `no decision yet for: ${missing.join(', ')}` : `${DOMAINS.length} of ${DOMAINS.length} domains`,
    },
    {
      check: 'Every decision cites evidence or is marked as an assumption',
      result: unsupported.length ? 'fail' : 'pass',
      detail: unsupported.length ? unsupported.map((d) => d.id).join(', ') : `${ds.length} decisions`,
    },
    {
      check: 'Each decision weighs at least two options with pros and cons',
      result: thin.length ? 'warn' : 'pass',
      detail: thin.length ? thin.map((d) => d.id).join(', ') : 'all decisions',
    },
    {
      check: 'Six architecture diagrams, parsed by Mermaid',
      result: c.diagrams.length === 6 ? 'pass' : 'fail',
      detail: `${c.diagrams.length} diagrams`,
    },
    {
      check: 'No open red feasibility concern',
      result: reds.length ? 'fail' : 'pass',
      detail: reds.length ? reds.map((r) => r.id).join(', ') : `${c.concerns.length} concern(s) reviewed`,
    },
    {
      check: 'Every stated requirement traces to a decision',
      result: untraced.length ? 'warn' : 'pass',
      detail: untraced.length
        ? `${untraced.length} of ${rows.length} untraced: ${untracedKinds(untraced)}`
        : `${rows.length} requirement(s)`,
    },
    {
      check: 'Guideline conflicts surfaced',
      result: conflicts.length ? 'warn' : 'pass',
      detail: conflicts.length ? conflicts.map((d) => d.id).join(', ') : 'none found',
    },
    {
      check: 'Estimated cost within the stated budget',
      result: !cost || cost.lowWithin === null ? 'warn' : !cost.lowWithin ? 'fail' : !cost.highWithin ? 'warn' : 'pass',
      detail: !cost
        ? noBudget(c)
        : `estimate $${Math.round(cost.lowUsd)}–$${Math.round(cost.highUsd)} a month against ${budgetText(cost.budget)}${cost.rate ? ` (${cost.rate})` : ''}`,
    },
    { check: 'ADR recorded for each key decision', result: c.adrs.length ? 'pass' : 'warn', detail: `${c.adrs.length} ADR(s)` },
  ];
  return checks;
}

/** No budget to hold the estimate against: name the estimate's largest line, the first thing a budget would weigh. */
function noBudget(c: RenderContext): string {
  const top = [...c.model.costLines].sort((a, b) => b.monthlyHigh - a.monthlyHigh)[0];
  return top ? `no budget stated; the largest line is ${top.item}` : 'no budget stated';
}

/** "the 14 constraints, NFR2 and NFR4": which requirements to look at, by kind, ids where they have one. */
function untracedKinds(rows: { requirement: string; kind: string }[]): string {
  const nfrs = rows.filter((r) => r.kind.startsWith('NFR')).map((r) => r.requirement.split(':')[0]);
  const byKind = new Map<string, number>();
  for (const r of rows.filter((x) => !x.kind.startsWith('NFR'))) {
    const k = r.kind.includes(' (') ? r.kind.slice(0, r.kind.indexOf(' (')) : r.kind;
    byKind.set(k, (byKind.get(k) ?? 0) + 1);
  }
  const plural = (k: string, n: number) => (n === 1 ? `1 ${k}` : `${n} ${k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`}`);
  return listOf([
    ...nfrs.slice(0, 6),
    ...(nfrs.length > 6 ? [`${nfrs.length - 6} more NFRs`] : []),
    ...[...byKind].map(([k, n]) => plural(k, n)),
  ]);
}

export function finalReviewSection(c: RenderContext): RootContent[] {
  const checks = finalChecks(c);
  const open = checks.filter((x) => x.result !== 'pass');
  const out: RootContent[] = [
    h(2, 'Final Review'),
    p(
      `${c.model.project}: ${checks.length - open.length} of ${checks.length} review checks pass${open.length ? '; these need attention before sign-off:' : ': every domain decided, every decision traced to evidence or an assumption, no red concern open.'}`,
    ),
  ];
  if (open.length)
    out.push(
      table(
        ['Check', 'Result', 'Detail'],
        open.map((x) => [x.check, x.result.toUpperCase(), x.detail]),
      ),
    );
  return out;
}

export function traceabilitySection(c: RenderContext): RootContent[] {
  const rows = traceRows(c.profile, c.decisions);
  const out: RootContent[] = [h(2, 'Requirements Traceability')];
  if (!rows.length) return [...out, p('The inputs state no requirement this tool could trace; see Assumptions and Open Questions.')];
  const untraced = rows.filter((r) => r.decisions.length === 0).length;
  out.push(
    p(
      `${rows.length} stated requirements, ${untraced ? `${untraced} of them traced to no decision` : 'each traced to a decision'}. `,
      'Targets, regimes and NFRs carry their decisions in Infrastructure Requirements, constraints in Non-negotiable constraints; ',
      'the PRD’s technical assumptions the cross-reference table does not already cover follow here.',
    ),
  );
  // A statement the cross-reference table weighs already shows its decision there.
  const crossed = new Set(crossCheck(c.profile, c.decisions, c.model).rows.map((r) => r.text.trim().toLowerCase()));
  const own = rows.filter((r) => r.keys[0].startsWith('assumption:') && !crossed.has(r.requirement.trim().toLowerCase()));
  const traced = own.filter((r) => r.decisions.length);
  const ids = (list: string[]): Cell => list.flatMap((id, i) => (i ? [', ', code(id)] : [code(id)]));
  if (traced.length)
    out.push(
      table(
        ['Technical assumption', 'Topic', 'Source', 'Decisions'],
        traced.map((r): Cell[] => [r.requirement, topicOf(r.kind), evidenceList(DOC_DIR, r.evidence, 2, true), ids(r.decisions)]),
      ),
    );
  // Statements about the application (tests, languages, libraries) are listed by topic with their lines, one sentence.
  const byTopic = new Map<string, TraceRow[]>();
  for (const r of own.filter((x) => !x.decisions.length)) byTopic.set(topicOf(r.kind), [...(byTopic.get(topicOf(r.kind)) ?? []), r]);
  if (byTopic.size)
    out.push(
      p(
        'No infrastructure decision depends on these technical assumptions: ',
        ...[...byTopic].flatMap(([topic, rs], i): Inline[] => [
          i ? '; ' : '',
          `${topic} (`,
          ...evidenceList(
            DOC_DIR,
            rs.flatMap((r) => r.evidence.slice(0, 1)),
            2,
            true,
          ),
          ')',
        ]),
        '.',
      ),
    );
  return out;
}

/** "technical assumption (Testing Requirements)" → "Testing Requirements". */
const topicOf = (kind: string) => kind.replace(/^technical assumption \(/, '').replace(/\)$/, '');

export function assumptionsSection(c: RenderContext): RootContent[] {
  const out: RootContent[] = [h(2, 'Assumptions and Open Questions'), h(3, 'Assumptions')];
  const lines = assumptionLines(c);
  out.push(lines.length ? ul(lines) : p('None: every decision rests on stated facts.'));
  out.push(h(3, 'Open questions'));
  out.push(c.openQuestions.length ? ul(c.openQuestions) : p('None.'));
  return out;
}

/** What is missing, in the assumption's first clause: "The inputs give no budget" of "…; budgets with alerts were assumed." */
const gap = (a: string) => {
  const text = a.replace(/^\[ASSUMPTION\] /, '');
  const cut = [text.indexOf('; '), text.indexOf('. ')].filter((i) => i > 0);
  return (cut.length ? text.slice(0, Math.min(...cut)) : text.replace(/\.$/, '')).trim();
};

/**
 * The defaults that stand in for facts the inputs leave out, in one line: each default, its id and the fact it waits
 * for (their reasoning is in their sections); then what the model itself had to assume, one line each.
 */
function assumptionLines(c: RenderContext): string[] {
  const order = new Map(DOMAINS.map((x, i) => [x.id, i]));
  const ds = c.decisions.filter((d) => d.assumptions.length).sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0));
  const defaults = ds.map((d) => `${d.choiceTitle} (${d.id}: ${d.assumptions.map((a) => lowerStart(gap(a))).join('; ')})`);
  const prefix = '[ASSUMPTION] ';
  const fromDecisions = new Set(
    c.decisions.flatMap((d) => d.assumptions.map((a) => `${prefix}${d.choiceTitle} (${d.id}): ${a.replace(/^\[ASSUMPTION\] /, '')}`)),
  );
  return [
    ...(defaults.length
      ? [
          `${prefix}${defaults.length === 1 ? 'A default stands' : `${defaults.length} defaults stand`} in for facts the inputs leave out: ${defaults.join('; ')}.`,
        ]
      : []),
    ...c.assumptions.filter((a) => !fromDecisions.has(a)),
  ];
}

const lowerStart = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^The [A-Z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
