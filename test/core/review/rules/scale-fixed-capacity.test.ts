// Table-driven cases for the scale-fixed-capacity reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'scale-fixed-capacity';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'a million users on fixed capacity',
      {
        profile: { users: 1000000 },
        model: { compute: [unit('api', 'vms', { scaling: 'Fixed capacity, scaled by hand', scalingMode: 'fixed' })] },
      },
      'yellow',
    ],
    ['a million users with autoscaling', { profile: { users: 1000000 } }, 'none'],
    [
      'words that read fixed, a typed autoscaling mode',
      {
        profile: { users: 1000000 },
        model: { compute: [unit('api', 'vms', { scaling: 'one instance per zone, none idle', scalingMode: 'autoscale' })] },
      },
      'none',
    ],
    [
      '500 users on fixed capacity',
      { profile: { users: 500 }, model: { compute: [unit('api', 'vms', { scaling: 'fixed', scalingMode: 'fixed' })] } },
      'none',
    ],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
