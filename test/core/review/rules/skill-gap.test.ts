// Table-driven cases for the skill-gap reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'skill-gap';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['GCP team building on AWS with Terraform', { profile: { skills: ['gcp', 'terraform'] } }, 'yellow'],
    ['AWS and Terraform team on ECS', { profile: { skills: ['aws', 'terraform'] } }, 'none'],
    ['only languages stated', { profile: { skills: ['typescript', 'python'] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
