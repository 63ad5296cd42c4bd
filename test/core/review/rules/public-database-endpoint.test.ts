// Table-driven cases for the public-database-endpoint reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'public-database-endpoint';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'public Postgres holding PCI data',
      { profile: { compliance: ['pci-dss'] }, model: { dataStores: [store('db', 'postgresql', { publicEndpoint: true })] } },
      'red',
      ['publicEndpointRegulated'],
    ],
    ['public Postgres', { model: { dataStores: [store('db', 'supabase', { publicEndpoint: true })] } }, 'yellow', ['publicEndpoint']],
    ['Firestore, public API by design', { model: { dataStores: [store('db', 'firestore', { publicEndpoint: true })] } }, 'none', []],
    ['private Postgres', {}, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
