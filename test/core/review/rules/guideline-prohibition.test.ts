// Table-driven cases for the guideline-prohibition reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'guideline-prohibition';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'the architecture introduces a forbidden database',
      { profile: { prohibit: ['mongodb'] }, model: { dataStores: [store('db', 'mongodb')] } },
      'red',
      ['prohibitedUsed'],
    ],
    [
      'guidelines forbid what another document commits to',
      { profile: { prohibit: ['aws'], cloudProviders: ['aws'] } },
      'red',
      ['prohibitedUsed'],
    ],
    [
      'a PRD prohibition contradicting a commitment is a document conflict, not this rule',
      { profile: { cloudProviders: ['aws'] }, prdProhibit: 'aws' },
      'none',
      [],
    ],
    ['prohibited technology not used', { profile: { prohibit: ['kubernetes'] } }, 'none', []],
    [
      'a managed kind of the forbidden technology (GKE for "no Kubernetes")',
      { profile: { prohibit: ['kubernetes'], cloudProviders: ['gcp'] }, model: { compute: [unit('api', 'gke')] } },
      'red',
      ['prohibitedUsed'],
    ],
    [
      'a decision chose what the guidelines forbid',
      { profile: { prohibit: ['kubernetes'] }, choices: { 'compute.runtime': 'kubernetes' } },
      'red',
      ['prohibitedChosen'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
