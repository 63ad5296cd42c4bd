import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'compute.container-registry';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'ECS: ECR',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'ecr',
      ['artifact-registry', 'acr', 'none'],
    ],
    [
      'Cloud Run: Artifact Registry',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'artifact-registry',
      ['ecr', 'acr', 'none'],
    ],
    [
      'Lambda zip functions: none',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'none',
      [],
    ],
    [
      'Vercel + Railway: none, never ECR',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'none',
      ['ecr', 'artifact-registry', 'acr'],
    ],
    [
      'on-prem with GitLab CI: GitLab registry',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], ciCd: ['gitlab-ci', 'github-actions'] },
      'gitlab-registry',
      ['ecr', 'none'],
    ],
    [
      'multi-cloud with GitHub Actions: GHCR',
      {
        cloudProviders: ['aws', 'azure', 'gcp'],
        compute: ['kubernetes', 'eks', 'gke', 'aks'],
        iacTools: ['helm'],
        dataStores: ['postgresql'],
        ciCd: ['github-actions'],
      },
      'ghcr',
      ['none'],
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
