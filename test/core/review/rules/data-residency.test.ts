// Table-driven cases for the data-residency reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'data-residency';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'explicit EU residency, US backup region',
      {
        profile: { compliance: ['gdpr'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'us-east-1', role: 'backup' },
          ],
        },
        residency: true,
      },
      'red',
      ['requiredOutsideEu'],
    ],
    [
      'GDPR with an EU region, US secondary',
      {
        profile: { compliance: ['gdpr'], regions: ['eu-west-1'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'us-east-1', role: 'secondary' },
          ],
        },
      },
      'yellow',
      ['placedOutsideEu'],
    ],
    [
      'GDPR, no region anywhere',
      { profile: { compliance: ['gdpr'] }, model: { regions: [{ id: 'primary-region', role: 'primary' }] } },
      'yellow',
      ['noRegion'],
    ],
    [
      'GDPR, everything in the EU',
      {
        profile: { compliance: ['gdpr'], regions: ['eu-west-1'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'eu-central-1', role: 'backup' },
          ],
        },
      },
      'none',
      [],
    ],
    ['no GDPR, US region', { profile: { regions: ['us-east-1'] }, model: { regions: [{ id: 'us-east-1', role: 'primary' }] } }, 'none', []],
    [
      'explicit EU residency and a region not chosen yet',
      { profile: { compliance: ['gdpr'] }, model: { regions: [{ id: 'primary-region', role: 'primary' }] }, residency: true },
      'yellow',
      ['regionUnchosen'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
