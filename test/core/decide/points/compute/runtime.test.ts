import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'compute.runtime';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'committed Lambda wins',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'aws-lambda',
      ['cloud-run', 'vercel', 'app-service'],
    ],
    [
      'GCP with nothing else: Cloud Run, never an AWS runtime',
      { cloudProviders: ['gcp'] },
      'cloud-run',
      ['aws-lambda', 'ecs', 'app-service', 'vercel'],
    ],
    ['AWS, modular monolith: ECS on Fargate', { cloudProviders: ['aws'], style: 'modular-monolith' }, 'ecs', ['cloud-run', 'railway']],
    ['Azure: Container Apps', { cloudProviders: ['azure'] }, 'container-apps', ['aws-lambda', 'cloud-run']],
    ['EKS commitment means Kubernetes', { cloudProviders: ['aws'], compute: ['eks'] }, 'kubernetes', []],
    [
      'on-prem: Docker Compose on VMs, no hyperscaler runtime',
      { cloudProviders: ['on-prem'], iacTools: ['ansible'] },
      'docker-compose',
      ['aws-lambda', 'ecs', 'cloud-run', 'vercel'],
    ],
    [
      'Vercel + Railway: both committed, no EKS',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'vercel',
      ['ecs', 'aws-lambda', 'kubernetes', 'cloud-run'],
    ],
    ['Railway primary: Railway services', { cloudProviders: ['railway'] }, 'railway', ['vercel', 'ecs']],
    [
      'Cloudflare: Workers',
      { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'], dataStores: ['r2'] },
      'cloudflare-workers',
      ['aws-lambda'],
    ],
    [
      'CloudKit app with no server: backend-as-a-service',
      { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] },
      'backend-as-a-service',
      ['ecs', 'kubernetes'],
    ],
    ['cluster workload: Kubernetes', { compute: ['kubernetes'], iacTools: ['helm'] }, 'kubernetes', []],
    [
      'Firebase: Firebase functions',
      { cloudProviders: ['firebase'], dataStores: ['firestore'], compute: ['firebase-functions'] },
      'firebase-functions',
      ['aws-lambda'],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it('carries every committed option alongside the choice', () => {
    const d = decideOne(ID, { cloudProviders: ['vercel', 'railway'], compute: ['vercel', 'railway'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual(['railway', 'vercel']);
  });
});
