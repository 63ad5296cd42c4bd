// Table-driven tests for cost.non-prod-savings: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cost.non-prod-savings';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: schedules and scale to zero', { cloudProviders: ['aws'] }, 'scale-to-zero-schedules'],
    [
      'small team on a droplet: one shared non-production environment',
      { cloudProviders: ['digitalocean'], teamSize: 2 },
      'shared-non-prod',
    ],
    ['Vercel: previews torn down after merge', { cloudProviders: ['vercel'] }, 'ephemeral-previews'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
