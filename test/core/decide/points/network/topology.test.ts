import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'network.topology';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'PaaS stack: platform-managed network',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'paas-managed',
      ['tiered-virtual-network', 'hub-and-spoke', 'host-firewall'],
    ],
    [
      'containers and PostgreSQL on AWS: tiered VPC',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'tiered-virtual-network',
      ['paas-managed'],
    ],
    [
      'Lambda and DynamoDB: no VPC needed',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'serverless-no-vpc',
      ['paas-managed'],
    ],
    [
      'Lambda with a relational database still needs a VPC',
      { cloudProviders: ['aws'], compute: ['aws-lambda'], dataStores: ['postgresql', 'redis'], style: 'serverless' },
      'tiered-virtual-network',
      ['serverless-no-vpc'],
    ],
    [
      'on-prem servers: host firewall',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'host-firewall',
      ['paas-managed', 'tiered-virtual-network', 'kubernetes-network-policies'],
    ],
    [
      'cluster workload: network policies',
      { compute: ['kubernetes'], iacTools: ['helm'] },
      'kubernetes-network-policies',
      ['paas-managed', 'tiered-virtual-network'],
    ],
    [
      'GCP: tiered virtual network',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'tiered-virtual-network',
      ['paas-managed'],
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
