// Table-driven cases for the compliance-attestation reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'compliance-attestation';
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
      'HIPAA on a platform with no BAA',
      { profile: { compliance: ['hipaa'] }, model: { platform: { primary: 'digitalocean', providers: ['digitalocean'] } } },
      'red',
    ],
    [
      'PCI-DSS on a PaaS with no AoC',
      { profile: { compliance: ['pci-dss'] }, model: { platform: { primary: 'railway', providers: ['railway'] } } },
      'red',
    ],
    [
      'HIPAA on a platform that offers a BAA on some plans',
      { profile: { compliance: ['hipaa'] }, model: { platform: { primary: 'supabase', providers: ['supabase'] } } },
      'yellow',
    ],
    ['HIPAA on AWS', { profile: { compliance: ['hipaa'] } }, 'none'],
    [
      'no regulated regime on a PaaS',
      { profile: { compliance: ['gdpr'] }, model: { platform: { primary: 'railway', providers: ['railway'] } } },
      'none',
    ],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
