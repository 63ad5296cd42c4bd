// Table-driven cases for the rpo-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'rpo-unreachable';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      '5-minute RPO with daily backups',
      {
        profile: { rpoMinutes: 5 },
        choices: { 'dr.strategy-tier': 'backup-restore' },
        model: { dataStores: [store('db', 'postgresql', { backup: 'daily snapshots', pointInTime: false })] },
      },
      'red',
    ],
    ['1-hour RPO with point-in-time recovery', { profile: { rpoMinutes: 60 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'none'],
    ['no RPO', {}, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
