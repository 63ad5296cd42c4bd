// Table-driven cases for the guideline-prohibition reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'guideline-prohibition';
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
    [
      'the architecture introduces a forbidden database',
      { profile: { prohibit: ['mongodb'] }, model: { dataStores: [store('db', 'mongodb')] } },
      'red',
    ],
    ['guidelines forbid what another document commits to', { profile: { prohibit: ['aws'], cloudProviders: ['aws'] } }, 'red'],
    [
      'a PRD prohibition contradicting a commitment is a document conflict, not this rule',
      { profile: { cloudProviders: ['aws'] }, prdProhibit: 'aws' },
      'none',
    ],
    ['prohibited technology not used', { profile: { prohibit: ['kubernetes'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
