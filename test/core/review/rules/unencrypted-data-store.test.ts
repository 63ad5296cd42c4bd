// Table-driven cases for the unencrypted-data-store reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'unencrypted-data-store';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'unencrypted store with HIPAA data',
      { profile: { compliance: ['hipaa'] }, model: { dataStores: [store('db', 'postgresql', { encrypted: false })] } },
      'red',
      ['unencryptedRegulated'],
    ],
    ['unencrypted store', { model: { dataStores: [store('db', 'postgresql', { encrypted: false })] } }, 'yellow', ['unencrypted']],
    ['unencrypted cache', { model: { dataStores: [store('cache', 'redis', { encrypted: false })] } }, 'none', []],
    ['encrypted store', {}, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
