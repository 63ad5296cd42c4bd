// Table-driven cases for the dr-objectives-missing reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'dr-objectives-missing';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    ['99.9 % target, a database, no RTO/RPO', { profile: { availability: 99.9 } }, 'yellow', ['noObjectivesWithTarget']],
    ['SOC 2, a database, no RTO/RPO', { profile: { compliance: ['soc2'] } }, 'yellow', ['noObjectives']],
    ['RTO stated', { profile: { availability: 99.9, rtoMinutes: 60 } }, 'none', []],
    ['no stateful store', { profile: { availability: 99.9 }, model: { dataStores: [] } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
