// Table-driven tests for cicd.pipeline-platform: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.pipeline-platform';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing named: GitHub Actions', {}, 'github-actions', ['xcode-cloud', 'expo-eas', 'aws-codepipeline', 'cloud-build']],
    ['committed GitLab CI wins', { ciCd: ['gitlab-ci'], cloudProviders: ['aws'] }, 'gitlab-ci'],
    ['Azure and .NET: Azure DevOps', { cloudProviders: ['azure'], languages: ['csharp'] }, 'azure-devops'],
    ['Vercel only: Vercel deploys from git', { cloudProviders: ['vercel'] }, 'vercel-deployments'],
    [
      'Vercel + Railway + Supabase: no hyperscaler pipeline',
      { cloudProviders: ['vercel', 'railway', 'supabase'] },
      'github-actions',
      ['aws-codepipeline', 'cloud-build'],
    ],
    [
      'on-prem Compose + Ansible: self-managed GitLab',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], iacTools: ['ansible'] },
      'gitlab-ci',
      ['aws-codepipeline', 'cloud-build', 'vercel-deployments'],
    ],
    ['committed Xcode Cloud for an Apple app', { cloudProviders: ['cloudkit'], ciCd: ['xcode-cloud'] }, 'xcode-cloud'],
    ['committed Cloud Build outside GCP is still kept', { cloudProviders: ['aws'], ciCd: ['cloud-build'] }, 'cloud-build'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });

  it('keeps both committed systems: GitLab CI chosen on-prem, GitHub Actions carried alongside', () => {
    const d = decideOne(ID, {
      cloudProviders: ['on-prem'],
      compute: ['docker-compose'],
      iacTools: ['ansible'],
      ciCd: ['gitlab-ci', 'github-actions'],
    });
    expect(d.basis).toBe('committed');
    expect(d.choice).toBe('gitlab-ci');
    expect(d.alsoCommitted).toEqual(['github-actions']);
  });

  it.each<[string, string[]]>([
    ['GitHub Actions + Cloud Build', ['github-actions', 'cloud-build']],
    ['GitHub Actions + Expo EAS', ['github-actions', 'expo-eas']],
  ])('carries every committed system: %s', (_name, ciCd) => {
    const d = decideOne(ID, { cloudProviders: ['gcp'], ciCd, frameworks: ['expo'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual([...ciCd].sort());
    expect(d.choice).toBe('github-actions');
  });
});
