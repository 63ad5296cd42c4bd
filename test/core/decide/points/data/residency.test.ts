import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.residency';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'GDPR in an EU region: pin to one jurisdiction',
      { cloudProviders: ['aws'], regions: ['eu-west-1'], compliance: ['gdpr'] },
      'single-jurisdiction',
      [],
    ],
    [
      'regulated data in EU and US: regional cells',
      { cloudProviders: ['aws'], regions: ['eu', 'us'], compliance: ['gdpr', 'pci-dss'] },
      'regional-cells',
      [],
    ],
    ['no compliance named: no constraint', { cloudProviders: ['aws'], regions: ['us-east-1'] }, 'no-constraint', []],
    ['San Francisco is not Frankfurt', { cloudProviders: ['digitalocean'], regions: ['sgp1', 'san-francisco'] }, 'no-constraint', []],
    ['HIPAA: pin to one jurisdiction', { cloudProviders: ['aws'], compliance: ['hipaa'] }, 'single-jurisdiction', []],
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
