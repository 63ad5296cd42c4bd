// Table-driven cases for the on-call-coverage reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'on-call-coverage';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['99.99 % with one person', { profile: { availability: 99.99, teamSize: 1 } }, 'red'],
    ['99.9 % with two people', { profile: { availability: 99.9, teamSize: 2 } }, 'yellow'],
    ['99.9 % with six people', { profile: { availability: 99.9, teamSize: 6 } }, 'none'],
    ['99.5 % with one person', { profile: { availability: 99.5, teamSize: 1 } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
