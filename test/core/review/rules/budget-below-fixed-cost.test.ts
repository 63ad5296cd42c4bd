// Table-driven cases for the budget-below-fixed-cost reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'budget-below-fixed-cost';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'low estimate far above a 50/month budget',
      { profile: { budget: 50 }, model: { costLines: [{ item: 'db', monthlyLow: 100, monthlyHigh: 300, basis: 't' }] } },
      'red',
      ['overBudget'],
    ],
    [
      'low estimate just above the budget: the fixed cost already breaks it',
      { profile: { budget: 90 }, model: { costLines: [{ item: 'db', monthlyLow: 100, monthlyHigh: 150, basis: 't' }] } },
      'red',
      ['overBudget'],
    ],
    [
      'only the high estimate above twice the budget: a note',
      { profile: { budget: 60 }, model: { costLines: [{ item: 'db', monthlyLow: 40, monthlyHigh: 150, basis: 't' }] } },
      'green',
      ['overBudget'],
    ],
    [
      'co-located on one rented server: at most yellow',
      {
        profile: { budget: 20 },
        model: {
          platform: { primary: 'digitalocean', providers: ['digitalocean'] },
          costLines: [{ item: 'vm', monthlyLow: 60, monthlyHigh: 300, basis: 't' }],
        },
      },
      'yellow',
      ['overBudget'],
    ],
    ['estimate within budget', { profile: { budget: 500 } }, 'none', []],
    ['no budget stated', {}, 'none', []],
    [
      'a euro budget below the fixed cost: the converted figure is named',
      {
        decorate: (p) => {
          p.budget.push({ monthly: 40, currency: 'EUR', text: '€40 a month', evidence: [{ file: 'docs/prd.md', line: 12, quote: '€40' }] });
        },
        model: { costLines: [{ item: 'db', monthlyLow: 100, monthlyHigh: 300, basis: 't' }] },
      },
      'red',
      ['overBudgetConverted'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
