// Table-driven cases for the Technical Assumptions cross-check: equivalent headings, values against choices, refusals, topics.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../../src/core/decide/decide.js';
import { crossCheck, type Verdict } from '../../../../src/core/review/cross-check/cross-check.js';
import type { Decision } from '../../../../src/core/types.js';
import { makeDecisions } from '../../../helpers/make-model.js';
import { doc, profileOf } from '../../extract/helpers.js';

const prd = (heading: string, ...lines: string[]) => doc('docs/prd.md', 'prd', `# Widget PRD\n\n## ${heading}\n\n${lines.join('\n')}\n`);

/** Decisions by hand: point id → option id, with edits for what a case needs (carried alongside, stated). */
const chosen = (choices: Record<string, string>, edit: (ds: Decision[]) => void = () => {}) => {
  const ds = makeDecisions(choices);
  edit(ds);
  return ds;
};

describe('cross-check: a statement against the decision in its role', () => {
  it.each<[string, string, string[], Record<string, string>, ((ds: Decision[]) => void) | undefined, string, Verdict]>([
    [
      'the stated database is the choice',
      'Technical Assumptions',
      ['- Database: PostgreSQL 16'],
      { 'data.primary-database': 'postgresql' },
      undefined,
      'Database',
      'agrees',
    ],
    [
      'a stated database carried beside another choice differs',
      'Technical Requirements',
      ['- Database: MongoDB for documents'],
      { 'data.primary-database': 'postgresql' },
      (ds) => ds[0]!.alsoCommitted.push('mongodb'),
      'Database',
      'differs',
    ],
    [
      'a stated database another decision replaced differs',
      'Technical Constraints',
      ['- Database: MySQL 8'],
      { 'data.primary-database': 'postgresql' },
      undefined,
      'Database',
      'differs',
    ],
    [
      'a stated database the decision ruled out conflicts',
      'Architecture Stack',
      ['- Database: MySQL 8'],
      { 'data.primary-database': 'postgresql' },
      (ds) => ds[0]!.rejected.push({ id: 'mysql', title: 'MySQL', reason: 'the inputs prohibit it' }),
      'Database',
      'conflict',
    ],
    [
      '"we are not running Kubernetes" beside a container service agrees',
      'Technical Assumptions',
      ['- Orchestration: we are not running Kubernetes'],
      { 'compute.runtime': 'ecs' },
      undefined,
      'Orchestration',
      'agrees',
    ],
    [
      '"no Kubernetes" against Kubernetes conflicts',
      'Technical Assumptions',
      ['- Compute: no Kubernetes'],
      { 'compute.runtime': 'kubernetes' },
      undefined,
      'Compute',
      'conflict',
    ],
    [
      '"no Kubernetes" against a stated managed Kubernetes (a kind of it) conflicts',
      'Technical Assumptions',
      ['- Compute: no Kubernetes'],
      { 'compute.runtime': 'ecs' },
      (ds) => (ds[0]!.stated = { id: 'eks', name: 'Amazon EKS', unknown: false, evidence: [] }),
      'Compute',
      'conflict',
    ],
    [
      '"no cloud dependency" against a hyperscaler conflicts',
      'Technical Constraints',
      ['- The product has no cloud dependency and runs in a closed lab network.'],
      { 'cloud.primary-platform': 'aws' },
      undefined,
      'Cloud dependency',
      'conflict',
    ],
    [
      '"fully offline" with an embedded database and a hosted CI agrees',
      'Technical Assumptions',
      ['- The tool works fully offline on the operator laptop.'],
      { 'data.primary-database': 'sqlite', 'cicd.pipeline-platform': 'github-actions' },
      undefined,
      'Cloud dependency',
      'agrees',
    ],
    [
      '"localhost only" against a CDN conflicts',
      'Technical Assumptions',
      ['- The admin API binds only to localhost.'],
      { 'network.edge': 'cloudfront' },
      undefined,
      'Network exposure',
      'conflict',
    ],
    [
      '"no new technologies" against a scored cache nobody named conflicts',
      'Technical Requirements',
      ['- No new technologies beyond what the team runs today.'],
      { 'data.cache': 'redis' },
      undefined,
      'New technologies',
      'conflict',
    ],
    [
      '"no new technologies" when the one cache is the stated one agrees',
      'Technical Requirements',
      ['- No new technologies beyond what the team runs today; Redis is the cache.'],
      { 'data.cache': 'redis' },
      undefined,
      'New technologies',
      'agrees',
    ],
  ])('%s', (_name, heading, lines, choices, edit, topic, verdict) => {
    const profile = profileOf(prd(heading, ...lines));
    const { rows } = crossCheck(profile, chosen(choices, edit));
    expect(rows.map((r) => [r.topic, r.verdict])).toEqual([[topic, verdict]]);
    if (verdict !== 'agrees') expect(rows[0]!.problems.length).toBeGreaterThan(0);
  });
});

describe('cross-check: rows and counts', () => {
  it('gives one row per topic and collapses statements no decision depends on into a count', () => {
    const profile = profileOf(
      prd(
        'Technical Assumptions',
        '- Database: PostgreSQL for orders',
        '- Database: PostgreSQL read replicas for reports',
        '- Testing Requirements: unit and end-to-end tests',
        '- Repository Structure: one repository',
      ),
    );
    const r = crossCheck(profile, chosen({ 'data.primary-database': 'postgresql' }));
    expect(r.rows.map((x) => [x.topic, x.verdict, x.evidence.length])).toEqual([['Database', 'agrees', 2]]);
    expect(r.contextOnly).toBe(2);
  });

  it('reads a section outside the equivalent headings as nothing to check', () => {
    const profile = profileOf(prd('Goals', '- Database: MySQL 8'));
    expect(crossCheck(profile, chosen({ 'data.primary-database': 'postgresql' }))).toEqual({ rows: [], contextOnly: 0 });
  });

  it('keeps a stated choice agreeing end to end: the decisions carry what the section states', () => {
    const stack = doc(
      'docs/architecture.md',
      'architecture',
      '# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Hosting | AWS |\n| Database | MySQL 8 |\n',
    );
    const profile = profileOf(
      prd('Technical Assumptions', '- Hosting: AWS', '- Database: MySQL 8', '- We are not running Kubernetes.'),
      stack,
    );
    const rows = crossCheck(profile, decideAll(profile)).rows;
    expect(rows.filter((r) => r.verdict === 'conflict')).toEqual([]);
    expect(rows.map((r) => [r.topic, r.verdict])).toEqual([
      ['Hosting', 'agrees'],
      ['Database', 'agrees'],
      ['Compute runtime', 'agrees'],
    ]);
  });
});
