// Table-driven tests for security.supply-chain: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.supply-chain';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: the lightest control, dependency alerts', {}, 'dependency-alerts'],
    [
      'FedRAMP on EKS with a larger team: signed images',
      { cloudProviders: ['aws'], compute: ['eks'], compliance: ['fedramp'], teamSize: 10 },
      'signed-images-admission',
    ],
    [
      'PCI-DSS containers: scanning with SBOM',
      { cloudProviders: ['aws'], compute: ['ecs'], compliance: ['pci-dss'] },
      'ci-scanning-sbom',
      ['signed-images-admission'],
    ],
    [
      'small team on Vercel, nothing regulated: dependency alerts',
      { cloudProviders: ['vercel'], teamSize: 2 },
      'dependency-alerts',
      ['signed-images-admission'],
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
