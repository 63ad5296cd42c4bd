// Table-driven tests for dr.testing: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'dr.testing';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: quarterly restore drills', {}, 'quarterly-restore-drills'],
    ['99.95 % with a team of ten: game days', { cloudProviders: ['aws'], availability: 99.95, teamSize: 10 }, 'game-days'],
    ['HIPAA: restore drills', { cloudProviders: ['aws'], compliance: ['hipaa'] }, 'quarterly-restore-drills'],
    [
      '99.99 % with two people: drills, not fault injection',
      { cloudProviders: ['aws'], availability: 99.99, teamSize: 2 },
      'quarterly-restore-drills',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
