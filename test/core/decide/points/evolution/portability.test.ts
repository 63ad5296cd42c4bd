// Table-driven tests for evolution.portability: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'evolution.portability';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['Lambda on AWS: embrace managed services', { cloudProviders: ['aws'], compute: ['aws-lambda'] }, 'embrace-provider'],
    ['AWS + Google Cloud: portable building blocks', { cloudProviders: ['aws', 'gcp'] }, 'portable-building-blocks'],
    ['on-prem: portable building blocks', { cloudProviders: ['on-prem'], compute: ['docker-compose'] }, 'portable-building-blocks'],
    [
      'AWS + Google Cloud with Crossplane: abstraction layer',
      { cloudProviders: ['aws', 'gcp'], iacTools: ['crossplane'] },
      'abstraction-layers',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
