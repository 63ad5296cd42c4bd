// Table-driven tests for cicd.promotion: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.promotion';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: automatic promotion', {}, 'auto-promote'],
    ['PCI-DSS: approval gate', { cloudProviders: ['aws'], compliance: ['pci-dss'] }, 'manual-approval-gate'],
    [
      'SOC 2 with a small team: approval gate still',
      { cloudProviders: ['aws'], compliance: ['soc2'], teamSize: 4 },
      'manual-approval-gate',
    ],
    ['customer-installed on-prem software: release trains', { cloudProviders: ['on-prem'], compute: ['docker-compose'] }, 'release-trains'],
    ['Apple app: release trains', { cloudProviders: ['cloudkit'], languages: ['swift'] }, 'release-trains'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
