// Table-driven cases for the microservices-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'microservices-small-team';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'microservices, team of 2, five units',
      { profile: { teamSize: 2, style: 'microservices' }, model: { compute: ['a', 'b', 'c', 'd', 'e'].map((x) => unit(x, 'ecs')) } },
      'yellow',
      ['microservices'],
    ],
    ['microservices, team of 8', { profile: { teamSize: 8, style: 'microservices' } }, 'none', []],
    ['monolith, team of 2, one unit', { profile: { teamSize: 2, style: 'monolith' } }, 'none', []],
    [
      'microservices stated, team of 2, nothing drawn yet',
      { profile: { teamSize: 2, style: 'microservices' }, model: { compute: [] } },
      'yellow',
      ['microservicesNoUnits'],
    ],
    [
      'no style stated, four units for a team of 3',
      { profile: { teamSize: 3 }, model: { compute: ['a', 'b', 'c', 'd'].map((x) => unit(x, 'ecs')) } },
      'yellow',
      ['manyUnits'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
