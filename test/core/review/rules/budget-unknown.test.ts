// Table-driven cases for the budget-unknown reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'budget-unknown';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['costly model, no budget', { model: { costLines: [{ item: 'db', monthlyLow: 200, monthlyHigh: 900, basis: 't' }] } }, 'yellow'],
    ['cheap model, no budget', { model: { costLines: [{ item: 'db', monthlyLow: 0, monthlyHigh: 50, basis: 't' }] } }, 'none'],
    [
      'budget stated',
      { profile: { budget: 2000 }, model: { costLines: [{ item: 'db', monthlyLow: 200, monthlyHigh: 900, basis: 't' }] } },
      'none',
    ],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
