// Table-driven cases for the rto-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'rto-unreachable';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['5-minute RTO on backup and restore', { profile: { rtoMinutes: 5 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'red'],
    [
      '5-minute RTO with no DR decision: at most yellow',
      { profile: { rtoMinutes: 5 }, model: { dr: { tier: '', rtoMinutes: 5, rpoMinutes: null, backupRegion: null } } },
      'yellow',
    ],
    ['30-minute RTO on pilot light', { profile: { rtoMinutes: 30 }, choices: { 'dr.strategy-tier': 'pilot-light' } }, 'yellow'],
    ['4-hour RTO on backup and restore', { profile: { rtoMinutes: 240 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'none'],
    ['no RTO', {}, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
