// The consistency pass over invented statements of each kind: its verdict, and for a contradiction the concern that names it.
import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../../../src/core/decide/decide.js';
import { deriveModel } from '../../../../src/core/model/derive-model.js';
import { consistencyPass, type StatementVerdict } from '../../../../src/core/review/consistency/consistency-pass.js';
import { reviewArchitecture } from '../../../../src/core/review/review.js';
import type { ConstraintFact, Profile } from '../../../../src/core/types.js';
import { makeProfile, type ProfileSpec } from '../../../helpers/make-profile.js';

const FILE = 'docs/plan.md';
const at = (line: number, quote: string) => [{ file: FILE, line, quote }];

/** A statement on its own line: an NFR, or a must / prohibit constraint with the subjects it names. */
type Said = { text: string; as?: 'nfr' | 'must' | 'prohibit'; subjects?: string[] };

function profileWith(spec: ProfileSpec, said: Said[]): Profile {
  const p = makeProfile(spec);
  // Each stated target on a line of its own, the budget on the first statement that names one.
  if (p.availabilityTarget) p.availabilityTarget.evidence = at(2, 'availability');
  if (p.rto) p.rto.evidence = at(3, 'RTO');
  if (p.rpo) p.rpo.evidence = at(4, 'RPO');
  const budgetLine = said.findIndex((s) => /budget/i.test(s.text));
  for (const b of p.budget) b.evidence = at(budgetLine >= 0 ? 10 + budgetLine : 5, 'budget');
  said.forEach((s, i) => {
    const line = 10 + i;
    if (!s.as || s.as === 'nfr') p.nfrs.push({ id: `NFR${i + 1}`, text: s.text, category: 'other', evidence: at(line, s.text) });
    else {
      const c: ConstraintFact = {
        id: `c-${i}`,
        kind: s.as,
        text: s.text,
        subjects: s.subjects ?? [],
        source: 'guidelines',
        evidence: at(line, s.text),
      };
      p.constraints.push(c);
    }
  });
  return p;
}

interface Case {
  name: string;
  spec: ProfileSpec;
  said: Said[];
  choices?: Record<string, string>;
  /** The statement judged (its text) and the kind it is judged as. */
  text: string;
  kind: StatementVerdict['kind'];
  verdict: StatementVerdict['verdict'];
  /** For a contradiction: the concern id and its level. */
  concern?: [string, 'red' | 'yellow'];
}

const ONE_REGION = 'The whole platform runs in a single region.';

const CASES: Case[] = [
  {
    name: 'availability within the design',
    spec: { cloudProviders: ['aws'], availability: 99.9 },
    said: [{ text: 'Availability of 99.9 % a month.' }],
    text: 'Availability of 99.9 % a month.',
    kind: 'availability',
    verdict: 'holds',
  },
  {
    name: '99.99 % beside one region: both statements named, red',
    spec: { cloudProviders: ['aws'], availability: 99.99 },
    said: [{ text: '99.99 % uptime for the API.' }, { text: ONE_REGION }],
    text: '99.99 % uptime for the API.',
    kind: 'availability',
    verdict: 'contradicts',
    concern: ['statements-cannot-hold@availability-vs-one-region', 'red'],
  },
  {
    name: 'the one-region statement itself is kept',
    spec: { cloudProviders: ['aws'], availability: 99.99 },
    said: [{ text: '99.99 % uptime.' }, { text: ONE_REGION }],
    text: ONE_REGION,
    kind: 'topology',
    verdict: 'holds',
  },
  {
    name: 'a region layout chosen over the stated one region',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: ONE_REGION }],
    choices: { 'cloud.region-strategy': 'multi-region-active-active' },
    text: ONE_REGION,
    kind: 'topology',
    verdict: 'contradicts',
    concern: ['stated-topology-overridden@one-region', 'red'],
  },
  {
    name: 'RPO zero beside nightly snapshots',
    spec: { cloudProviders: ['aws'], dataStores: ['postgresql'], rpoMinutes: 0 },
    said: [{ text: 'RPO of zero for ledger data.' }, { text: 'Nightly database snapshots are kept for 30 days.' }],
    text: 'RPO of zero for ledger data.',
    kind: 'rpo',
    verdict: 'contradicts',
    concern: ['statements-cannot-hold@rpo-vs-backups', 'red'],
  },
  {
    name: 'RTO of 15 minutes beside a backup-and-restore DR tier',
    spec: { cloudProviders: ['aws'], dataStores: ['postgresql'], rtoMinutes: 15 },
    said: [{ text: 'RTO of 15 minutes.' }, { text: 'Disaster recovery strategy: backup and restore.' }],
    text: 'RTO of 15 minutes.',
    kind: 'rto',
    verdict: 'contradicts',
    concern: ['statements-cannot-hold@rto-vs-dr-tier', 'red'],
  },
  {
    name: 'a generous RTO holds',
    spec: { cloudProviders: ['aws'], dataStores: ['postgresql'], rtoMinutes: 2880 },
    said: [{ text: 'RTO of two days.' }],
    text: 'RTO of two days.',
    kind: 'rto',
    verdict: 'holds',
  },
  {
    name: 'a budget below the fixed monthly cost',
    spec: { cloudProviders: ['aws'], dataStores: ['postgresql'], budget: 5 },
    said: [{ text: 'Infrastructure budget of $5 per month.' }],
    text: 'Infrastructure budget of $5 per month.',
    kind: 'budget',
    verdict: 'contradicts',
    concern: ['budget-below-fixed-cost@budget', 'red'],
  },
  {
    name: 'a budget word without an amount is not a budget',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'Users track their budgets by category.' }],
    text: 'Users track their budgets by category.',
    kind: 'other',
    verdict: 'not-checkable',
  },
  {
    name: 'no cloud dependency against a hosted platform',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'The product has no cloud dependency.', as: 'must' }],
    text: 'The product has no cloud dependency.',
    kind: 'refusal',
    verdict: 'contradicts',
    concern: ['constraint-contradicts-choice@no-cloud', 'red'],
  },
  {
    name: 'EU residency against a US region',
    spec: { cloudProviders: ['aws'], regions: ['us-east-1'] },
    said: [{ text: 'Customer data must stay in the EU.', as: 'must' }],
    text: 'Customer data must stay in the EU.',
    kind: 'residency',
    verdict: 'contradicts',
    concern: ['data-residency@us-east-1', 'red'],
  },
  {
    name: 'EU residency with no region chosen yet (a platform the catalogue lists no regions of): an open question, not a contradiction',
    spec: { cloudProviders: ['heroku'] },
    said: [{ text: 'Customer data must stay in the EU.', as: 'must' }],
    text: 'Customer data must stay in the EU.',
    kind: 'residency',
    verdict: 'not-checkable',
  },
  {
    name: 'EU residency in an EU region holds',
    spec: { cloudProviders: ['aws'], regions: ['eu-west-1'] },
    said: [{ text: 'Customer data must stay in the EU.', as: 'must' }],
    text: 'Customer data must stay in the EU.',
    kind: 'residency',
    verdict: 'holds',
  },
  {
    name: 'Australian residency with no region named: the design picks the platform regions inside Australia, so it holds',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'Records must reside in Australia (data sovereignty).', as: 'must' }],
    text: 'Records must reside in Australia (data sovereignty).',
    kind: 'residency',
    verdict: 'holds',
  },
  {
    name: 'Australian residency against a Singapore region',
    spec: { cloudProviders: ['aws'], regions: ['ap-southeast-1'] },
    said: [{ text: 'Records must reside in Australia (data sovereignty).', as: 'must' }],
    text: 'Records must reside in Australia (data sovereignty).',
    kind: 'residency',
    verdict: 'contradicts',
    concern: ['data-residency@ap-southeast-1', 'red'],
  },
  {
    name: 'Canadian residency in a Canadian region holds',
    spec: { cloudProviders: ['aws'], regions: ['ca-central-1'] },
    said: [{ text: 'Customer data must stay in Canada.', as: 'must' }],
    text: 'Customer data must stay in Canada.',
    kind: 'residency',
    verdict: 'holds',
  },
  {
    name: 'residency naming no area the catalogue knows cannot be checked',
    spec: { cloudProviders: ['aws'], regions: ['us-east-1'] },
    said: [{ text: 'Data residency requirements are to be confirmed with legal.', as: 'must' }],
    text: 'Data residency requirements are to be confirmed with legal.',
    kind: 'residency',
    verdict: 'not-checkable',
  },
  {
    name: 'a required database kept',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'All data must live in MongoDB.', as: 'must', subjects: ['mongodb'] }],
    text: 'All data must live in MongoDB.',
    kind: 'must-use',
    verdict: 'holds',
  },
  {
    name: 'a required database replaced by another choice in its role',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'All data must live in MongoDB.', as: 'must', subjects: ['mongodb'] }],
    choices: { 'data.primary-database': 'postgresql' },
    text: 'All data must live in MongoDB.',
    kind: 'must-use',
    verdict: 'contradicts',
    concern: ['mandated-tech-missing@mongodb', 'red'],
  },
  {
    name: '"no Kubernetes" with nothing of the kind chosen',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'We will not run Kubernetes.', as: 'prohibit', subjects: ['kubernetes'] }],
    text: 'We will not run Kubernetes.',
    kind: 'prohibited',
    verdict: 'holds',
  },
  {
    name: '"no Kubernetes" broken by a cluster chosen over it',
    spec: { cloudProviders: ['gcp'] },
    said: [{ text: 'We will not run Kubernetes.', as: 'prohibit', subjects: ['kubernetes'] }],
    choices: { 'compute.runtime': 'kubernetes' },
    text: 'We will not run Kubernetes.',
    kind: 'prohibited',
    verdict: 'contradicts',
    concern: ['guideline-prohibition@kubernetes', 'red'],
  },
  {
    name: 'a latency target names nothing a choice has',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'Pages load in under two seconds.' }],
    text: 'Pages load in under two seconds.',
    kind: 'other',
    verdict: 'not-checkable',
  },
  {
    name: 'an availability figure the reading did not keep',
    spec: { cloudProviders: ['aws'] },
    said: [{ text: 'Uptime of 99.5 % for the admin console.' }],
    text: 'Uptime of 99.5 % for the admin console.',
    kind: 'availability',
    verdict: 'not-checkable',
  },
];

describe('consistency pass: every statement gets a verdict against the typed choices', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const profile = profileWith(c.spec, c.said);
    const decisions = decideAll(profile, { ...emptyUserInput(), choices: c.choices ?? {} });
    const model = deriveModel(profile, decisions);
    const verdicts = consistencyPass(profile, decisions, model);
    const v = verdicts.find((x) => x.text === c.text && x.kind === c.kind);
    expect(v, `${c.kind} verdict on "${c.text}" among ${JSON.stringify(verdicts.map((x) => [x.kind, x.text]))}`).toBeDefined();
    expect(v!.verdict).toBe(c.verdict);
    const concerns = reviewArchitecture(profile, decisions, model);
    if (c.concern) {
      expect(v!.concerns).toContain(c.concern[0]);
      const raised = concerns.find((x) => x.id === c.concern![0]);
      expect(raised?.level).toBe(c.concern[1]);
      // The concern rests on the statement's own line.
      expect(raised!.evidence.facts.some((f) => f.file === FILE)).toBe(true);
    } else if (c.verdict !== 'not-checkable') expect(v!.concerns).toEqual([]);
    // Every contradiction the pass reports is a concern the review raises: the two cannot disagree.
    for (const x of verdicts.filter((y) => y.verdict === 'contradicts'))
      for (const id of x.concerns) expect(concerns.map((k) => k.id)).toContain(id);
  });

  it('every statement of the inputs gets at least one verdict, targets read from other lines included', () => {
    const profile = profileWith({ cloudProviders: ['aws'], availability: 99.9, budget: 900 }, [
      { text: 'Pages load fast.' },
      { text: 'No new technologies.', as: 'prohibit' },
    ]);
    const decisions = decideAll(profile);
    const verdicts = consistencyPass(profile, decisions, deriveModel(profile, decisions));
    expect(new Set(verdicts.map((v) => v.text))).toEqual(
      new Set(['Pages load fast.', 'No new technologies.', 'Availability target 99.9 %', 'Monthly budget 900 USD']),
    );
  });
});
