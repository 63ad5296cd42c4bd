// Table-driven cases for the availability-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'availability-unreachable';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    ['99.99 % on one region', { profile: { availability: 99.99 } }, 'red', ['beyondTopology']],
    [
      '99.9 % on one rented server',
      {
        profile: { availability: 99.9 },
        model: {
          platform: { primary: 'digitalocean', providers: ['digitalocean'] },
          compute: [unit('app', 'docker-compose', { scaling: 'Fixed capacity, scaled by hand' })],
        },
      },
      'red',
      ['beyondTopology'],
    ],
    [
      '99.95 % on a PaaS',
      { profile: { availability: 99.95 }, model: { platform: { primary: 'railway', providers: ['railway'] } } },
      'yellow',
      ['beyondTopology'],
    ],
    [
      '99.99 % with a warm standby region',
      {
        profile: { availability: 99.99 },
        choices: { 'dr.strategy-tier': 'warm-standby' },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'eu-central-1', role: 'secondary' },
          ],
        },
      },
      'none',
      [],
    ],
    ['99.9 % on one hyperscaler region', { profile: { availability: 99.9 } }, 'none', []],
    ['no target', {}, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
