import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cloud.strategy';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'one hyperscaler: single provider',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'single-provider',
      ['hybrid'],
    ],
    [
      'Vercel + Railway + Supabase: composed PaaS',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'composed-paas',
      ['hybrid'],
    ],
    [
      'three hyperscalers on Kubernetes: portable multi-cloud',
      {
        cloudProviders: ['aws', 'azure', 'gcp'],
        compute: ['kubernetes', 'eks', 'gke', 'aks'],
        iacTools: ['helm'],
        dataStores: ['postgresql'],
        ciCd: ['github-actions'],
      },
      'multi-cloud-portable',
      [],
    ],
    ['on-prem plus a cloud: hybrid', { cloudProviders: ['on-prem', 'aws'], compute: ['vms'] }, 'hybrid', []],
    [
      'on-prem only: single provider',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'single-provider',
      [],
    ],
    ['cluster workload with no cloud named: portable', { compute: ['kubernetes'], iacTools: ['helm'] }, 'multi-cloud-portable', []],
    ['hyperscaler only: composed PaaS is ruled out', { cloudProviders: ['gcp'] }, 'single-provider', ['composed-paas', 'hybrid']],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it('marks an assumption when nothing in the inputs decided', () => {
    const d = decideOne(ID, {});
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });
});
