// Table-driven cases for the mandated-tech-missing reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'mandated-tech-missing';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['guidelines require Terraform, the model uses Pulumi', { profile: { must: ['terraform'] }, model: { iac: 'pulumi' } }, 'yellow'],
    ['required tool used', { profile: { must: ['terraform'] } }, 'none'],
    ['required language (not infrastructure)', { profile: { must: ['kotlin'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
