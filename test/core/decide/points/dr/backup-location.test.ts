// Table-driven tests for dr.backup-location: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'dr.backup-location';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: another region', {}, 'cross-region'],
    ['warm standby on AWS: another region', { cloudProviders: ['aws'], rtoMinutes: 30 }, 'cross-region'],
    [
      'DigitalOcean droplets: offsite copy at another provider',
      { cloudProviders: ['digitalocean'], compute: ['vms'] },
      'cross-provider-offsite',
    ],
    [
      'on-prem: offsite copy, no provider regions',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'cross-provider-offsite',
      ['cross-region'],
    ],
    [
      'tight budget in one EU region on Supabase: same region',
      { cloudProviders: ['supabase'], regions: ['eu-west-1'], budget: 100 },
      'same-region-other-zone',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
