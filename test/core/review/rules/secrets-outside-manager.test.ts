// Table-driven cases for the secrets-outside-manager reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'secrets-outside-manager';
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
      'secrets in .env files with HIPAA data',
      {
        profile: { compliance: ['hipaa'] },
        choices: { 'security.secrets': 'env-files' },
        model: { security: { identity: 'x', secrets: '.env files on the server', encryption: 'x', waf: null } },
      },
      'red',
    ],
    [
      'secrets in .env files',
      {
        choices: { 'security.secrets': 'env-files' },
        model: { security: { identity: 'x', secrets: '.env files on the server', encryption: 'x', waf: null } },
      },
      'yellow',
    ],
    [
      'platform variables, no regulated data',
      {
        choices: { 'security.secrets': 'platform-env-vars' },
        model: { security: { identity: 'x', secrets: 'Platform environment variables', encryption: 'x', waf: null } },
      },
      'green',
    ],
    ['a secrets manager', { choices: { 'security.secrets': 'aws-secrets-manager' } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
