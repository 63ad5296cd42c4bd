// The consistency table: each kind of statement, the typed attribute of the chosen options it constrains, and the rule that judges it.
import { drTierNamedIn, topologyStatedIn } from '../../decide/stated-topology.js';
import { negativeConstraints } from '../cross-check/negative-statement.js';
import { isKindOf } from '../cross-check/decision-techs.js';
import type { RuleContext } from '../rule-context.js';
import type { Statement } from './statements.js';
import { statedResidency } from '../../decide/stated-residency.js';

export type StatementKind = 'availability' | 'rpo' | 'rto' | 'budget' | 'topology' | 'refusal' | 'residency' | 'must-use' | 'prohibited';

/** A rule whose findings on the given subjects are the statement's contradictions. */
export interface Owner {
  rule: string;
  subject: (subject: string) => boolean;
}

export interface StatementCheck {
  kind: StatementKind;
  /** The typed attribute of the chosen options the statement constrains, in words for the verdict. */
  attribute: string;
  reads(s: Statement, ctx: RuleContext): boolean;
  /** Why the statement cannot be judged against the design, or null when it can. */
  unjudgeable(s: Statement, ctx: RuleContext): string | null;
  owners(s: Statement, ctx: RuleContext): Owner[];
}

// Linear patterns over single-spaced text: bounded alternations, no nested quantifiers.
const AVAILABILITY = /\b(?:availability|uptime|up-time|sla|slo)\b/i;
const PERCENT = /\b9\d(?:\.\d+)? ?%/;
const RPO = /\brpo\b|\brecovery point\b/i;
const RTO = /\brto\b|\brecovery time\b/i;
const BUDGET = /\bbudget\w*\b|\bmonthly (?:cost|spend|bill)\b|\b(?:cost|spend)s? (?:under|below|at most|no more than)\b/i;
// An amount: a currency sign or code beside a number ('$2,000', '400 EUR').
const MONEY = /[$€£] ?\d|\b\d[\d,.]* ?(?:usd|eur|gbp|aud|cad|chf|dollars|euros|pounds)\b/i;
const RESIDENCY = /\bresiden(?:cy|t)\b|\bsovereign\w*\b/i;
const bindsResidency = (s: Statement, ctx: RuleContext) =>
  RESIDENCY.test(s.text) || statedResidency(ctx.profile).some((r) => r.text === s.text);

const any = (): boolean => true;
const is =
  (...ids: string[]) =>
  (subject: string): boolean =>
    ids.includes(subject);

export const CHECKS: readonly StatementCheck[] = [
  {
    kind: 'availability',
    attribute: 'region layout, DR tier and instances (cloud.region-strategy, dr.strategy-tier, compute.scaling)',
    reads: (s) => AVAILABILITY.test(s.text) && PERCENT.test(s.text),
    unjudgeable: (_s, ctx) => (ctx.profile.availabilityTarget ? null : 'no availability target was read from it'),
    owners: () => [
      { rule: 'statements-cannot-hold', subject: (x) => x.startsWith('availability-vs-') },
      { rule: 'availability-unreachable', subject: any },
    ],
  },
  {
    kind: 'rpo',
    attribute: 'backups and DR tier (data.backup point-in-time, dr.strategy-tier)',
    reads: (s) => RPO.test(s.text),
    unjudgeable: (_s, ctx) => (ctx.profile.rpo ? null : 'no recovery point objective was read from it'),
    owners: () => [
      { rule: 'statements-cannot-hold', subject: is('rpo-vs-backups') },
      { rule: 'rpo-unreachable', subject: any },
    ],
  },
  {
    kind: 'rto',
    attribute: 'DR tier (dr.strategy-tier)',
    reads: (s) => RTO.test(s.text),
    unjudgeable: (_s, ctx) => (ctx.profile.rto ? null : 'no recovery time objective was read from it'),
    owners: () => [
      { rule: 'statements-cannot-hold', subject: is('rto-vs-dr-tier') },
      { rule: 'rto-unreachable', subject: any },
    ],
  },
  {
    kind: 'budget',
    attribute: 'fixed monthly cost of the chosen options (the model’s cost lines)',
    reads: (s) => BUDGET.test(s.text) && MONEY.test(s.text),
    unjudgeable: (_s, ctx) => (ctx.profile.budget.length ? null : 'no monthly amount was read from it'),
    owners: () => [{ rule: 'budget-below-fixed-cost', subject: any }],
  },
  {
    kind: 'topology',
    attribute: 'region layout and DR tier (cloud.region-strategy, dr.strategy-tier, model regions)',
    reads: (s) => !!topologyStatedIn(s.text) || !!drTierNamedIn(s.text),
    unjudgeable: () => null,
    owners: (s) => [
      {
        rule: 'stated-topology-overridden',
        subject: (x) =>
          (x === 'dr-tier' && !!drTierNamedIn(s.text)) ||
          (x === 'one-region' && topologyStatedIn(s.text) === 'one-region') ||
          (x === 'one-zone' && (topologyStatedIn(s.text) === 'one-zone' || topologyStatedIn(s.text) === 'one-instance')),
      },
    ],
  },
  {
    kind: 'refusal',
    attribute: 'hosting, role and catalogue kind of every chosen option',
    reads: (s) => negativeConstraints(s.text).length > 0,
    unjudgeable: () => null,
    owners: (s) => [{ rule: 'constraint-contradicts-choice', subject: is(...negativeConstraints(s.text)) }],
  },
  {
    kind: 'residency',
    attribute: 'the model’s primary, secondary and backup regions',
    reads: (s, ctx) => bindsResidency(s, ctx),
    unjudgeable: (s, ctx) =>
      statedResidency(ctx.profile).some((r) => r.text === s.text) ? null : 'it names no area the catalogue can place regions in',
    owners: () => [{ rule: 'data-residency', subject: any }],
  },
  {
    kind: 'must-use',
    attribute: 'the choice of the decision in the required technology’s role',
    reads: (s) => s.requires.length > 0,
    unjudgeable: () => null,
    owners: (s) => [{ rule: 'mandated-tech-missing', subject: is(...s.requires) }],
  },
  {
    kind: 'prohibited',
    attribute: 'every chosen option and model element (and what each is a kind of)',
    reads: (s) => s.refuses.length > 0,
    unjudgeable: () => null,
    owners: (s, ctx) => [
      { rule: 'guideline-prohibition', subject: (x) => s.refuses.some((r) => isKindOf(x, r)) },
      // A refused technology another document commits to: the inputs disagree, and document-conflict says so.
      {
        rule: 'document-conflict',
        subject: (x) =>
          x === 'constraints' && ctx.profile.conflicts.some((c) => c.field === 'constraints' && c.ids.some((i) => s.refuses.includes(i))),
      },
    ],
  },
];
