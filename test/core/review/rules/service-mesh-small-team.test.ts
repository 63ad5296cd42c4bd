// Table-driven cases for the service-mesh-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'service-mesh-small-team';
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
    ['Istio for a team of 3 with stated skills', { profile: { teamSize: 3, skills: ['kubernetes'], compute: ['istio'] } }, 'red'],
    ['Linkerd decided, team size unknown', { choices: { 'network.topology': 'linkerd' } }, 'yellow'],
    ['no mesh', { profile: { teamSize: 3 } }, 'none'],
    ['mesh with a team of 10', { profile: { teamSize: 10, compute: ['istio'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
