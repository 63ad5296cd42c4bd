// Table-driven tests for environments.layout: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'environments.layout';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: the fewest environments, dev and production', {}, 'dev-prod'],
    ['two people: dev and production with previews', { cloudProviders: ['vercel'], teamSize: 2 }, 'dev-prod'],
    [
      'PCI-DSS at 200k users: add performance/UAT',
      { cloudProviders: ['aws'], compliance: ['pci-dss'], users: 200000 },
      'dev-staging-prod-plus',
    ],
    ['HIPAA with a small team: staging, not more', { cloudProviders: ['aws'], compliance: ['hipaa'], teamSize: 3 }, 'dev-staging-prod'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
