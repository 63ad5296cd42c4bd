// Table-driven tests for security.workload-access: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.workload-access';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    [
      'AWS Lambda: IAM role per function',
      { cloudProviders: ['aws'], compute: ['aws-lambda'] },
      'cloud-iam-roles',
      ['k8s-service-accounts'],
    ],
    ['EKS: scoped service accounts', { cloudProviders: ['aws'], compute: ['eks'] }, 'k8s-service-accounts'],
    [
      'Vercel + Supabase: scoped keys',
      { cloudProviders: ['vercel', 'supabase'] },
      'scoped-api-keys',
      ['cloud-iam-roles', 'k8s-service-accounts'],
    ],
    [
      'on-prem Compose: scoped keys, no cloud IAM',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'scoped-api-keys',
      ['cloud-iam-roles'],
    ],
    [
      'on-prem Kubernetes: service accounts',
      { cloudProviders: ['on-prem'], compute: ['kubernetes'] },
      'k8s-service-accounts',
      ['cloud-iam-roles'],
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
