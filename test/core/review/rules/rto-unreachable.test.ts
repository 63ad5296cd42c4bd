// Table-driven cases for the rto-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'rto-unreachable';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      '5-minute RTO on backup and restore',
      { profile: { rtoMinutes: 5 }, choices: { 'dr.strategy-tier': 'backup-restore' } },
      'red',
      ['tierTakes'],
    ],
    [
      '5-minute RTO with no DR decision: at most yellow',
      { profile: { rtoMinutes: 5 }, model: { dr: { tier: '', rtoMinutes: 5, rpoMinutes: null, backupRegion: null } } },
      'yellow',
      ['noTierTakes'],
    ],
    [
      '30-minute RTO on pilot light',
      { profile: { rtoMinutes: 30 }, choices: { 'dr.strategy-tier': 'pilot-light' } },
      'yellow',
      ['tierTakes'],
    ],
    ['4-hour RTO on backup and restore', { profile: { rtoMinutes: 240 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'none', []],
    ['no RTO', {}, 'none', []],
    [
      'a 1-hour RTO with no disaster recovery at all',
      {
        profile: { rtoMinutes: 60 },
        model: { dr: { tier: 'No disaster recovery', tierId: 'none', rtoMinutes: null, rpoMinutes: null, backupRegion: null } },
      },
      'red',
      ['tierTakesForever'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
