import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'network.private-connectivity';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'VPC on AWS: private endpoints',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'private-endpoints',
      ['platform-private-network'],
    ],
    [
      'Lambda with DynamoDB: IAM-signed public endpoints',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'public-tls-allowlist',
      ['private-endpoints'],
    ],
    [
      'several PaaS vendors: TLS and allow-lists',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'public-tls-allowlist',
      ['private-endpoints', 'vpn-wireguard'],
    ],
    [
      'Railway alone: its private network',
      { cloudProviders: ['railway'], compute: ['railway'], dataStores: ['postgresql'] },
      'platform-private-network',
      ['private-endpoints'],
    ],
    [
      'on-prem servers: WireGuard',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'vpn-wireguard',
      ['private-endpoints', 'platform-private-network'],
    ],
    [
      'cluster workload: cluster-internal services',
      { compute: ['kubernetes'], iacTools: ['helm'] },
      'platform-private-network',
      ['private-endpoints'],
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
