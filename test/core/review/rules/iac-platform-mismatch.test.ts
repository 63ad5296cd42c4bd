// Table-driven cases for the iac-platform-mismatch reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'iac-platform-mismatch';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'CDK on Google Cloud',
      { model: { iac: 'cdk', platform: { primary: 'gcp', providers: ['gcp'] }, compute: [unit('api', 'cloud-run')] } },
      'red',
    ],
    ['Bicep on AWS by decision', { choices: { 'cicd.iac-tool': 'bicep' }, model: { iac: 'bicep' } }, 'red'],
    ['CDK on AWS', { model: { iac: 'cdk' } }, 'none'],
    ['Terraform anywhere', { model: { platform: { primary: 'gcp', providers: ['gcp'] } } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
