// Table-driven cases for the multi-cloud-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'multi-cloud-small-team';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'AWS and GCP operated by a team of 3',
      { profile: { teamSize: 3 }, model: { platform: { primary: 'aws', providers: ['aws', 'gcp'] } } },
      'yellow',
      ['smallTeam'],
    ],
    [
      'active multi-cloud strategy, team of 2',
      {
        profile: { teamSize: 2 },
        choices: { 'cloud.strategy': 'multi-cloud-active' },
        model: { platform: { primary: 'aws', providers: ['aws', 'azure'] } },
      },
      'red',
      ['smallTeam'],
    ],
    [
      'portable product, not operated on every cloud',
      {
        profile: { teamSize: 2 },
        choices: { 'cloud.strategy': 'multi-cloud-portable' },
        model: { platform: { primary: 'aws', providers: ['aws', 'azure'] } },
      },
      'none',
      [],
    ],
    ['single cloud', { profile: { teamSize: 2 } }, 'none', []],
    [
      'AWS and GCP operated, team size unknown: a question',
      { model: { platform: { primary: 'aws', providers: ['aws', 'gcp'] } } },
      'yellow',
      ['teamUnknown'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
