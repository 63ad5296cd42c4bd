import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cloud.primary-platform';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string?]>([
    ['committed hyperscaler wins', { cloudProviders: ['gcp'], teamSize: 2 }, 'gcp'],
    ['committed PaaS wins over scoring', { cloudProviders: ['railway'], compliance: ['hipaa'] }, 'railway'],
    ['on-prem commitment is kept', { cloudProviders: ['on-prem'], compute: ['docker-compose'] }, 'on-prem'],
    ['small team, no platform named: a managed PaaS', { teamSize: 2, frameworks: ['nextjs'] }, 'vercel'],
    ['HIPAA, no platform named: a hyperscaler', { compliance: ['hipaa'] }, 'aws'],
    [
      'guideline forbids the committed platform: the least operational other platform',
      { cloudProviders: ['aws'], prohibit: ['aws'] },
      'vercel',
      'aws',
    ],
    [
      'where the code runs decides between committed platforms',
      { cloudProviders: ['aws', 'railway', 'supabase'], compute: ['railway'], compliance: ['pci-dss'] },
      'railway',
    ],
    ['AWS services named without the cloud: AWS', { compute: ['aws-lambda'] }, 'aws'],
    ['a client-only CloudKit app stays on CloudKit despite HIPAA', { cloudProviders: ['cloudkit'], compliance: ['hipaa'] }, 'cloudkit'],
    ['a Helm chart with no cloud named: any Kubernetes cluster', { compute: ['kubernetes'], iacTools: ['helm'] }, 'kubernetes'],
    ['Firebase committed', { cloudProviders: ['firebase'], dataStores: ['firestore'] }, 'firebase'],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    if (rejected) expect(d.rejected.map((r) => r.id)).toContain(rejected);
  });

  it('surfaces a conflict, not a silent override, when a guideline forbids the committed platform', () => {
    const d = decideOne(ID, { cloudProviders: ['aws'], prohibit: ['aws'] });
    expect(d.conflicts).toHaveLength(1);
    expect(d.basis).toBe('scored');
  });

  it('carries a second committed platform alongside the choice', () => {
    const d = decideOne(ID, { cloudProviders: ['vercel', 'railway'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual(['railway', 'vercel']);
  });

  it('marks an assumption when nothing in the inputs decided', () => {
    const d = decideOne(ID, {});
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
    expect(d.evidence).toEqual([]);
  });

  it('lets a user pick override a commitment', () => {
    const d = decideOne(ID, { cloudProviders: ['aws'] }, { choices: { [ID]: 'gcp' } });
    expect(d.choice).toBe('gcp');
    expect(d.basis).toBe('user');
  });
});
