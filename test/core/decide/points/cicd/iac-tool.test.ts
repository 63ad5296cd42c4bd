// Table-driven tests for cicd.iac-tool: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.iac-tool';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing named: Terraform', {}, 'terraform', ['cdk', 'cloudformation', 'bicep', 'sam', 'wrangler', 'helm']],
    ['committed Ansible wins on AWS', { cloudProviders: ['aws'], iacTools: ['ansible'] }, 'ansible'],
    ['committed CDK wins', { cloudProviders: ['aws'], iacTools: ['cdk'] }, 'cdk'],
    ['AWS with TypeScript: CDK', { cloudProviders: ['aws'], languages: ['typescript'] }, 'cdk'],
    ['Azure: Bicep', { cloudProviders: ['azure'] }, 'bicep', ['cdk', 'cloudformation', 'sam', 'wrangler']],
    [
      'Google Cloud: Terraform',
      { cloudProviders: ['gcp'], compute: ['cloud-run'] },
      'terraform',
      ['cdk', 'cloudformation', 'bicep', 'sam'],
    ],
    [
      'Vercel + Railway + Supabase: platform config files, no CloudFormation',
      { cloudProviders: ['vercel', 'railway', 'supabase'] },
      'platform-config-as-code',
      ['cdk', 'cloudformation', 'bicep', 'sam'],
    ],
    [
      'on-prem Compose, nothing named: Ansible',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'ansible',
      ['cdk', 'cloudformation', 'bicep', 'sam', 'helm', 'platform-config-as-code'],
    ],
    ['Kubernetes: Helm', { compute: ['kubernetes'] }, 'helm'],
    ['Cloudflare Workers: Wrangler', { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'] }, 'wrangler', ['cdk', 'bicep']],
    ['AWS + Google Cloud: Terraform over CDK', { cloudProviders: ['aws', 'gcp'], languages: ['typescript'] }, 'terraform'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });

  it('carries a second committed tool alongside the choice', () => {
    const d = decideOne(ID, { cloudProviders: ['aws'], iacTools: ['cdk', 'cloudformation'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual(['cdk', 'cloudformation']);
  });

  it('pins a version for Terraform', () => {
    const d = decideOne(ID, {});
    expect(d.choice).toBe('terraform');
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });
});
