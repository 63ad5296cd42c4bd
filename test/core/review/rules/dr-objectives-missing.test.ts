// Table-driven cases for the dr-objectives-missing reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'dr-objectives-missing';
const noApproval = {
  id: 'delivery-pipeline',
  name: 'Delivery',
  tool: 'github-actions',
  stages: [
    { id: 'build', name: 'Build', approval: false },
    { id: 'deploy-prod', name: 'Deploy to Production', approval: false },
  ],
};
const conflicted = {
  ...makeDecisions({ 'cloud.primary-platform': 'azure' })[0],
  conflicts: ['The inputs commit to aws but a guideline forbids it.'],
};
void noApproval;
void conflicted;

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['99.9 % target, a database, no RTO/RPO', { profile: { availability: 99.9 } }, 'yellow'],
    ['SOC 2, a database, no RTO/RPO', { profile: { compliance: ['soc2'] } }, 'yellow'],
    ['RTO stated', { profile: { availability: 99.9, rtoMinutes: 60 } }, 'none'],
    ['no stateful store', { profile: { availability: 99.9 }, model: { dataStores: [] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
