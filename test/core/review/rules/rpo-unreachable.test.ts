// Table-driven cases for the rpo-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'rpo-unreachable';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      '5-minute RPO with daily backups',
      {
        profile: { rpoMinutes: 5 },
        choices: { 'dr.strategy-tier': 'backup-restore' },
        model: { dataStores: [store('db', 'postgresql', { backup: 'daily snapshots', pointInTime: false })] },
      },
      'red',
      ['tierLoses'],
    ],
    [
      '1-hour RPO with point-in-time recovery',
      { profile: { rpoMinutes: 60 }, choices: { 'dr.strategy-tier': 'backup-restore' } },
      'none',
      [],
    ],
    ['no RPO', {}, 'none', []],
    [
      'a 1-hour RPO with no disaster recovery at all',
      {
        profile: { rpoMinutes: 60 },
        model: {
          dr: { tier: 'No disaster recovery', tierId: 'none', rtoMinutes: null, rpoMinutes: null, backupRegion: null },
          dataStores: [],
        },
      },
      'red',
      ['tierLosesAll'],
    ],
    [
      'a 5-minute RPO with no DR decision: at most yellow',
      { profile: { rpoMinutes: 5 }, model: { dr: { tier: '', rtoMinutes: null, rpoMinutes: 5, backupRegion: null } } },
      'yellow',
      ['noTierLoses'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
