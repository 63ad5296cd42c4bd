// Table-driven tests for collaboration.support-model: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'collaboration.support-model';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: business hours', {}, 'business-hours'],
    ['99.9 % with eight people: on-call rotation', { cloudProviders: ['aws'], availability: 99.9, teamSize: 8 }, 'on-call-rotation'],
    ['99.9 % with two people on a PaaS: vendor-managed', { cloudProviders: ['vercel'], availability: 99.9, teamSize: 2 }, 'vendor-managed'],
    ['99.5 %: business hours', { cloudProviders: ['aws'], availability: 99.5 }, 'business-hours'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
