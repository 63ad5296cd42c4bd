// Table-driven cases for the no-iac-multi-env reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'no-iac-multi-env';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string?]>([
    [
      'three environments on AWS without IaC',
      { model: { iac: null, environments: [env('dev', 'staging'), env('staging', 'prod'), env('prod')] } },
      'yellow',
      'noIac',
    ],
    [
      'three environments without IaC, with HIPAA data',
      {
        profile: { compliance: ['hipaa'] },
        model: { iac: null, environments: [env('dev', 'staging'), env('staging', 'prod'), env('prod')] },
      },
      'red',
      'noIac',
    ],
    [
      'the inputs say resources are made in the console, though an IaC tool was decided',
      {
        profile: { nfrs: [{ text: 'Cloud resources are created manually in the AWS console.' }] },
        model: { environments: [env('staging', 'prod'), env('prod')] },
      },
      'yellow',
      'createdByHand',
    ],
    ['two environments on AWS by hand', { model: { iac: null, environments: [env('staging', 'prod'), env('prod')] } }, 'yellow', 'noIac'],
    [
      'two environments on a PaaS',
      { model: { iac: null, platform: { primary: 'vercel', providers: ['vercel'] }, environments: [env('staging', 'prod'), env('prod')] } },
      'green',
      'platformConfigOnly',
    ],
    ['Terraform', {}, 'none'],
    ['only production', { model: { iac: null, environments: [env('local'), env('prod')] } }, 'none'],
  ])('%s', (_name, c, level, messageId) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expect(concerns.map((k) => k.messageId)).toEqual(messageId ? [messageId] : []);
    expectWellFormed(ID, concerns);
  });
});
