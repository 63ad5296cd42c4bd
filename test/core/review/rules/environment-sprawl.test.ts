// Table-driven cases for the environment-sprawl reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'environment-sprawl';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'five environments for two people',
      { profile: { teamSize: 2 }, model: { environments: ['dev', 'test', 'qa', 'staging', 'prod'].map((e) => env(e)) } },
      'yellow',
    ],
    ['three environments for two people', { profile: { teamSize: 2 } }, 'none'],
    [
      'five environments for twenty people',
      { profile: { teamSize: 20 }, model: { environments: ['dev', 'test', 'qa', 'staging', 'prod'].map((e) => env(e)) } },
      'none',
    ],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
