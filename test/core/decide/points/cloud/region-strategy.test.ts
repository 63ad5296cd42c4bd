import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cloud.region-strategy';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    ['99.9 % on one region: several zones', { cloudProviders: ['aws'], availability: 99.9 }, 'single-region-multi-az', []],
    [
      '99.99 %: active-active',
      { cloudProviders: ['aws'], availability: 99.99, regions: ['us-east-1', 'us-west-2'] },
      'multi-region-active-active',
      ['single-region-single-zone'],
    ],
    [
      'two regions of one jurisdiction: active-passive',
      { cloudProviders: ['aws'], regions: ['us-east-1', 'us-west-2'] },
      'multi-region-active-passive',
      [],
    ],
    ['99 % on a tiny budget: one zone', { cloudProviders: ['railway'], availability: 99, budget: 50 }, 'single-region-single-zone', []],
    [
      'regulated regions in two jurisdictions are residency, not failover',
      { cloudProviders: ['aws'], regions: ['eu-west-1', 'us-east-1'], compliance: ['gdpr'] },
      'single-region-multi-az',
      [],
    ],
    [
      'servers in two locations with a short RTO: standby region',
      { cloudProviders: ['digitalocean'], regions: ['sgp1', 'san-francisco'], availability: 99.5, rtoMinutes: 5 },
      'multi-region-active-passive',
      [],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it('marks an assumption when nothing in the inputs decided', () => {
    const d = decideOne(ID, {});
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });
});
