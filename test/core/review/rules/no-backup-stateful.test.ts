// Table-driven cases for the no-backup-stateful reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'no-backup-stateful';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'self-run Postgres without backup',
      { choices: { 'data.database-hosting': 'self-managed-vms' }, model: { dataStores: [store('db', 'postgresql', { backup: null })] } },
      'red',
      ['selfRunNoBackup'],
    ],
    [
      'managed Postgres with no backup stated',
      { model: { dataStores: [store('db', 'postgresql', { backup: null })] } },
      'yellow',
      ['managedNoBackup'],
    ],
    ['backups in place', {}, 'none', []],
    ['a cache without backup', { model: { dataStores: [store('c', 'redis', { backup: null })] } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
