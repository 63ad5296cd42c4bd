import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cloud.managed-services';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    ['hyperscaler, small team: managed first', { cloudProviders: ['aws'], teamSize: 3 }, 'managed-first', []],
    [
      'PaaS stack: managed first',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'managed-first',
      ['self-hosted'],
    ],
    [
      'on-prem with Compose: self-hosted',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'self-hosted',
      ['managed-first'],
    ],
    [
      'multi-cloud Kubernetes: portable open source',
      {
        cloudProviders: ['aws', 'azure', 'gcp'],
        compute: ['kubernetes', 'eks', 'gke', 'aks'],
        iacTools: ['helm'],
        dataStores: ['postgresql'],
        ciCd: ['github-actions'],
      },
      'portable-open-source',
      [],
    ],
    ['cluster workload with no cloud: portable open source', { compute: ['kubernetes'], iacTools: ['helm'] }, 'portable-open-source', []],
    [
      'rented servers: self-hosted',
      { cloudProviders: ['digitalocean'], compute: ['vms', 'docker'], dataStores: ['postgresql'] },
      'self-hosted',
      [],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
