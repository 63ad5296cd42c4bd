import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'network.ingress';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'Lambda: API Gateway',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'api-gateway',
      ['azure-app-gateway', 'google-load-balancer', 'platform-router'],
    ],
    [
      'ECS: ALB',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'alb',
      ['google-load-balancer'],
    ],
    [
      'GCP: Google load balancer',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'google-load-balancer',
      ['alb', 'api-gateway', 'azure-app-gateway'],
    ],
    ['Azure: Application Gateway', { cloudProviders: ['azure'], dataStores: ['postgresql'] }, 'azure-app-gateway', ['alb']],
    [
      'PaaS: platform router',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'platform-router',
      ['alb', 'kubernetes-ingress', 'reverse-proxy'],
    ],
    [
      'on-prem Compose: reverse proxy',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'reverse-proxy',
      ['alb', 'platform-router', 'kubernetes-ingress'],
    ],
    [
      'Kubernetes: ingress controller',
      { compute: ['kubernetes'], iacTools: ['helm'] },
      'kubernetes-ingress',
      ['alb', 'platform-router', 'reverse-proxy'],
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
