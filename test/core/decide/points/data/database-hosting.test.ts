import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.database-hosting';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'AWS PostgreSQL: RDS',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'amazon-rds',
      ['cloud-sql', 'azure-database', 'supabase'],
    ],
    [
      'GCP PostgreSQL: Cloud SQL, never RDS',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'cloud-sql',
      ['amazon-rds', 'azure-database'],
    ],
    [
      'Azure PostgreSQL: flexible server',
      { cloudProviders: ['azure'], dataStores: ['postgresql'] },
      'azure-database',
      ['amazon-rds', 'cloud-sql'],
    ],
    [
      'Supabase committed: Supabase, never RDS',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'supabase',
      ['amazon-rds', 'cloud-sql', 'self-managed-vms'],
    ],
    [
      'DynamoDB: nothing to host',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'serverless-managed',
      ['amazon-rds'],
    ],
    [
      'on-prem: self-managed on VMs',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'self-managed-vms',
      ['amazon-rds', 'supabase', 'neon'],
    ],
    [
      'multi-cloud Kubernetes: an operator',
      {
        cloudProviders: ['aws', 'azure', 'gcp'],
        compute: ['kubernetes', 'eks', 'gke', 'aks'],
        iacTools: ['helm'],
        dataStores: ['postgresql'],
        ciCd: ['github-actions'],
      },
      'kubernetes-operator',
      [],
    ],
    [
      'Railway alone: the platform database',
      { cloudProviders: ['railway'], compute: ['railway'], dataStores: ['postgresql'] },
      'platform-database',
      ['amazon-rds'],
    ],
    ['Vercel alone: Neon', { cloudProviders: ['vercel'], dataStores: ['postgresql'] }, 'neon', ['amazon-rds', 'platform-database']],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
