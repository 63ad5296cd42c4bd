// Table-driven cases for the multi-cloud-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'multi-cloud-small-team';
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
      'AWS and GCP operated by a team of 3',
      { profile: { teamSize: 3 }, model: { platform: { primary: 'aws', providers: ['aws', 'gcp'] } } },
      'yellow',
    ],
    [
      'active multi-cloud strategy, team of 2',
      {
        profile: { teamSize: 2 },
        choices: { 'cloud.strategy': 'multi-cloud-active' },
        model: { platform: { primary: 'aws', providers: ['aws', 'azure'] } },
      },
      'red',
    ],
    [
      'portable product, not operated on every cloud',
      {
        profile: { teamSize: 2 },
        choices: { 'cloud.strategy': 'multi-cloud-portable' },
        model: { platform: { primary: 'aws', providers: ['aws', 'azure'] } },
      },
      'none',
    ],
    ['single cloud', { profile: { teamSize: 2 } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
