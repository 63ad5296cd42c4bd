// Table-driven tests for dr.failover: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'dr.failover';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['backup and restore: a runbook', {}, 'manual-runbook'],
    ['RTO of 10 minutes: automated DNS failover', { cloudProviders: ['aws'], rtoMinutes: 10 }, 'automated-dns-failover'],
    ['Vercel functions: the platform fails over', { cloudProviders: ['vercel'], compute: ['vercel-functions'] }, 'platform-managed'],
    ['pilot light on AWS: a runbook', { cloudProviders: ['aws'], rtoMinutes: 120 }, 'manual-runbook'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
