// Table-driven cases for the mandated-tech-missing reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'mandated-tech-missing';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'guidelines require Terraform, the model uses Pulumi and no decision speaks to it',
      { profile: { must: ['terraform'] }, model: { iac: 'pulumi' } },
      'yellow',
      ['requiredUnused'],
    ],
    [
      'guidelines require Terraform, and the IaC decision chose Pulumi in its role: the stated choice was replaced',
      { profile: { must: ['terraform'] }, choices: { 'cicd.iac-tool': 'pulumi' } },
      'red',
      ['slotChoseOther'],
    ],
    [
      'a required database replaced by another engine',
      { profile: { must: ['mongodb'] }, choices: { 'data.primary-database': 'postgresql' } },
      'red',
      ['slotChoseOther'],
    ],
    ['the required tool is the choice', { profile: { must: ['terraform'] }, choices: { 'cicd.iac-tool': 'terraform' } }, 'none', []],
    ['required tool used', { profile: { must: ['terraform'] } }, 'none', []],
    ['required language (not infrastructure)', { profile: { must: ['kotlin'] } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
