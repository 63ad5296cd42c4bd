// Table-driven cases for the microservices-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'microservices-small-team';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'microservices, team of 2, five units',
      { profile: { teamSize: 2, style: 'microservices' }, model: { compute: ['a', 'b', 'c', 'd', 'e'].map((x) => unit(x, 'ecs')) } },
      'yellow',
    ],
    ['microservices, team of 8', { profile: { teamSize: 8, style: 'microservices' } }, 'none'],
    ['monolith, team of 2, one unit', { profile: { teamSize: 2, style: 'monolith' } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
