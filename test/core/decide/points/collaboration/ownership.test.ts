// Table-driven tests for collaboration.ownership: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'collaboration.ownership';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: you build it, you run it', {}, 'you-build-it-you-run-it'],
    ['fifty engineers on Kubernetes: central platform team', { compute: ['kubernetes'], teamSize: 50 }, 'central-platform-team'],
    ['fifteen engineers at 99.99 %: shared with SRE', { cloudProviders: ['aws'], teamSize: 15, availability: 99.99 }, 'shared-sre'],
    [
      'three engineers at 99.99 %: still their own',
      { cloudProviders: ['aws'], teamSize: 3, availability: 99.99 },
      'you-build-it-you-run-it',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
