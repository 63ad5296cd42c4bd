// Table-driven cases for the stated-topology-overridden reviewer rule: a design wider than the topology the inputs state.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'stated-topology-overridden';
const oneRegion = { text: 'Everything runs in a single region to keep latency and cost predictable.' };
const oneServer = { text: 'The MVP runs on a single server.' };
const pilotLight = { text: 'DR strategy: pilot light in a second region.' };

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'one region stated, an active-active layout chosen',
      { profile: { cloudProviders: ['aws'], nfrs: [oneRegion] }, choices: { 'cloud.region-strategy': 'multi-region-active-active' } },
      'red',
      ['regionOverridden'],
    ],
    [
      'one region stated, a secondary region in the model',
      {
        profile: { cloudProviders: ['aws'], nfrs: [oneRegion] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'eu-central-1', role: 'secondary' },
          ],
        },
      },
      'red',
      ['regionOverridden'],
    ],
    [
      'one server stated, a multi-zone layout chosen',
      { profile: { cloudProviders: ['aws'], nfrs: [oneServer] }, choices: { 'cloud.region-strategy': 'single-region-multi-az' } },
      'red',
      ['zoneOverridden'],
    ],
    [
      'a named DR tier replaced by another',
      { profile: { cloudProviders: ['aws'], nfrs: [pilotLight] }, choices: { 'dr.strategy-tier': 'warm-standby' } },
      'red',
      ['tierOverridden'],
    ],
    [
      'one region stated and kept',
      { profile: { cloudProviders: ['aws'], nfrs: [oneRegion] }, choices: { 'cloud.region-strategy': 'single-region-multi-az' } },
      'none',
      [],
    ],
    [
      'the named DR tier kept',
      { profile: { cloudProviders: ['aws'], nfrs: [pilotLight] }, choices: { 'dr.strategy-tier': 'pilot-light' } },
      'none',
      [],
    ],
    [
      'nothing stated, a second region chosen',
      { profile: { cloudProviders: ['aws'] }, choices: { 'cloud.region-strategy': 'multi-region-active-active' } },
      'none',
      [],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
