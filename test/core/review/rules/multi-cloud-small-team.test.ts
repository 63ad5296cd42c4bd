// Table-driven cases for the multi-cloud-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'multi-cloud-small-team';

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
