// Table-driven cases for the secrets-outside-manager reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'secrets-outside-manager';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'secrets in .env files with HIPAA data',
      {
        profile: { compliance: ['hipaa'] },
        choices: { 'security.secrets': 'env-files' },
      },
      'red',
      ['outsideManager'],
    ],
    [
      'secrets in .env files',
      {
        choices: { 'security.secrets': 'env-files' },
      },
      'yellow',
      ['outsideManager'],
    ],
    [
      'platform variables, no regulated data',
      {
        choices: { 'security.secrets': 'platform-env-vars' },
      },
      'green',
      ['platformVariables'],
    ],
    ['a secrets manager', { choices: { 'security.secrets': 'aws-secrets-manager' } }, 'none', []],
    ['encrypted files in git, a stated trade-off', { choices: { 'security.secrets': 'sops-in-git' } }, 'none', []],
    [
      'platform variables with HIPAA data',
      { profile: { compliance: ['hipaa'] }, choices: { 'security.secrets': 'platform-env-vars' } },
      'yellow',
      ['platformVariables'],
    ],
    ['no decision on a hyperscaler: its secrets manager by default', {}, 'none', []],
    [
      'no decision on a PaaS: its platform variables by default',
      { model: { platform: { primary: 'vercel', providers: ['vercel'] } } },
      'green',
      ['platformVariables'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
