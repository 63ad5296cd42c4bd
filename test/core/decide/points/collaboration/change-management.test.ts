// Table-driven tests for collaboration.change-management: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'collaboration.change-management';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: pull-request review with plan', {}, 'pr-review-with-plan'],
    [
      'Terraform committed: pull-request review with plan',
      { cloudProviders: ['aws'], iacTools: ['terraform'], teamSize: 6 },
      'pr-review-with-plan',
    ],
    [
      'PCI-DSS with forty engineers: change advisory',
      { cloudProviders: ['aws'], compliance: ['pci-dss'], teamSize: 40 },
      'change-advisory',
    ],
    ['two people on Vercel: trunk-based with checks', { cloudProviders: ['vercel'], teamSize: 2 }, 'trunk-based-automated'],
    [
      'HIPAA with two people: still a reviewed change',
      { cloudProviders: ['aws'], compliance: ['hipaa'], teamSize: 2 },
      'pr-review-with-plan',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
