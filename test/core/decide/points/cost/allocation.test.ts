// Table-driven tests for cost.allocation: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cost.allocation';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: tags per service and environment', { cloudProviders: ['aws'] }, 'tags-per-service'],
    [
      'multi-tenant SaaS: per-tenant metering',
      {
        cloudProviders: ['aws'],
        scale: [{ kind: 'tenants', value: 80, text: '80 tenants', evidence: [{ file: 'docs/prd.md', line: 3, quote: '80 tenants' }] }],
      },
      'per-tenant-metering',
    ],
    ['two people on Vercel: one bill', { cloudProviders: ['vercel'], teamSize: 2 }, 'single-bill'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
