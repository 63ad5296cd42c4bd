// Table-driven tests for dr.strategy-tier: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'dr.strategy-tier';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['no RTO stated: backup and restore', {}, 'backup-restore'],
    ['RTO of 8 hours: backup and restore', { cloudProviders: ['aws'], rtoMinutes: 480 }, 'backup-restore'],
    ['RTO of 4 hours: pilot light', { cloudProviders: ['aws'], rtoMinutes: 240 }, 'pilot-light'],
    ['RTO of 30 minutes: warm standby', { cloudProviders: ['aws'], rtoMinutes: 30 }, 'warm-standby'],
    ['RTO of 10 minutes: warm standby', { cloudProviders: ['gcp'], rtoMinutes: 10 }, 'warm-standby'],
    ['99.95 % without an RTO: warm standby', { cloudProviders: ['aws'], availability: 99.95 }, 'warm-standby'],
    ['99.9 % without an RTO: pilot light', { cloudProviders: ['aws'], availability: 99.9 }, 'pilot-light'],
    ['99.99 % with a team of twenty: active-active', { cloudProviders: ['aws'], availability: 99.99, teamSize: 20 }, 'active-active'],
    [
      'RTO of 5 minutes for a team of three: warm standby, not active-active',
      { cloudProviders: ['digitalocean'], rtoMinutes: 5, teamSize: 3 },
      'warm-standby',
    ],
    ['small budget, no RTO: backup and restore', { cloudProviders: ['aws'], budget: 300 }, 'backup-restore'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });

  it('states the tier as an assumption when no RTO is given', () => {
    const d = decideOne(ID, {});
    expect(d.choice).toBe('backup-restore');
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });

  it('cites the RTO when it drives the tier', () => {
    const d = decideOne(ID, { rtoMinutes: 10 });
    expect(d.evidence.length).toBeGreaterThan(0);
    expect(d.assumptions).toEqual([]);
  });
});
