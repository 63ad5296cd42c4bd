// Table-driven tests for cicd.gitops: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.gitops';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['no Kubernetes: the pipeline pushes', { cloudProviders: ['aws'], compute: ['aws-lambda'] }, 'pipeline-push', ['argocd', 'flux']],
    ['EKS: Argo CD', { cloudProviders: ['aws'], compute: ['eks'] }, 'argocd'],
    ['EKS with a team of eight: Argo CD', { cloudProviders: ['aws'], compute: ['eks'], teamSize: 8 }, 'argocd'],
    ['a cluster run by one developer: the pipeline pushes', { compute: ['kubernetes'], iacTools: ['helm'], teamSize: 1 }, 'pipeline-push'],
    ['committed Argo CD stays for a team of two', { compute: ['kubernetes'], ciCd: ['argocd'], teamSize: 2 }, 'argocd'],
    ['committed Flux on Kubernetes', { compute: ['kubernetes'], ciCd: ['flux'] }, 'flux'],
    [
      'on-prem Kubernetes with Ansible Vault/SOPS secrets: Flux',
      { cloudProviders: ['on-prem'], compute: ['kubernetes'], iacTools: ['ansible'] },
      'flux',
    ],
    ['committed Argo CD is kept even without a cluster named', { cloudProviders: ['aws'], ciCd: ['argocd'] }, 'argocd'],
    ['Vercel + Supabase: the platform deploys on push', { cloudProviders: ['vercel', 'supabase'] }, 'pipeline-push', ['argocd', 'flux']],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
