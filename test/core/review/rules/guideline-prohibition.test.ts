// Table-driven cases for the guideline-prohibition reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'guideline-prohibition';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    [
      'the architecture introduces a forbidden database',
      { profile: { prohibit: ['mongodb'] }, model: { dataStores: [store('db', 'mongodb')] } },
      'red',
    ],
    ['guidelines forbid what another document commits to', { profile: { prohibit: ['aws'], cloudProviders: ['aws'] } }, 'red'],
    [
      'a PRD prohibition contradicting a commitment is a document conflict, not this rule',
      { profile: { cloudProviders: ['aws'] }, prdProhibit: 'aws' },
      'none',
    ],
    ['prohibited technology not used', { profile: { prohibit: ['kubernetes'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
