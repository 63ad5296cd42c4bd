// Table-driven cases for the waf-missing-regulated reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

/** Sign-in and secrets of the platform family: what the cases leave as it is. */
const SEC = {
  identity: { family: 'aws', role: 'identity' as const },
  secrets: { family: 'aws', role: 'secrets' as const },
  encryption: 'x',
};

const ID = 'waf-missing-regulated';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'PCI-DSS web app without a WAF',
      {
        profile: { compliance: ['pci-dss'] },
        choices: { 'network.waf': 'app-rate-limiting' },
        model: {
          security: { ...SEC, waf: { point: 'network.waf', option: 'app-rate-limiting' } },
        },
      },
      'red',
    ],
    ['HIPAA web app without a WAF', { profile: { compliance: ['hipaa'] }, model: { security: { ...SEC, waf: null } } }, 'yellow'],
    [
      'HIPAA app on a provider-run back end only',
      {
        profile: { compliance: ['hipaa'] },
        model: { compute: [unit('api', 'cloudkit')], security: { ...SEC, waf: null } },
      },
      'none',
    ],
    ['PCI-DSS with AWS WAF', { profile: { compliance: ['pci-dss'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
