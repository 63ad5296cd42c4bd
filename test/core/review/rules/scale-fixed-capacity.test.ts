// Table-driven cases for the scale-fixed-capacity reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'scale-fixed-capacity';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'a million users on fixed capacity',
      {
        profile: { users: 1000000 },
        model: { compute: [unit('api', 'vms', { scaling: 'Fixed capacity, scaled by hand', scalingMode: 'fixed' })] },
      },
      'yellow',
      ['usersOnFixed'],
    ],
    ['a million users with autoscaling', { profile: { users: 1000000 } }, 'none', []],
    [
      'words that read fixed, a typed autoscaling mode',
      {
        profile: { users: 1000000 },
        model: { compute: [unit('api', 'vms', { scaling: 'one instance per zone, none idle', scalingMode: 'autoscale' })] },
      },
      'none',
      [],
    ],
    [
      '500 users on fixed capacity',
      { profile: { users: 500 }, model: { compute: [unit('api', 'vms', { scaling: 'fixed', scalingMode: 'fixed' })] } },
      'none',
      [],
    ],
    [
      '500 requests a second on fixed capacity',
      {
        profile: {
          scale: [
            {
              kind: 'requests-per-second',
              value: 500,
              text: '500 requests per second',
              evidence: [{ file: 'docs/prd.md', line: 4, quote: '500 rps' }],
            },
          ],
        },
        model: { compute: [unit('api', 'vms', { scaling: 'Fixed capacity, scaled by hand', scalingMode: 'fixed' })] },
      },
      'yellow',
      ['requestsOnFixed'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
