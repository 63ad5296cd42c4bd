// Table-driven tests for security.secrets: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.secrets';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: Secrets Manager', { cloudProviders: ['aws'] }, 'aws-secrets-manager'],
    ['Azure: Key Vault', { cloudProviders: ['azure'] }, 'azure-key-vault', ['aws-secrets-manager', 'gcp-secret-manager']],
    [
      'Google Cloud Run: Secret Manager',
      { cloudProviders: ['gcp'], compute: ['cloud-run'] },
      'gcp-secret-manager',
      ['aws-secrets-manager', 'azure-key-vault'],
    ],
    [
      'Vercel + Railway + Supabase: platform variables, no AWS Secrets Manager',
      { cloudProviders: ['vercel', 'railway', 'supabase'] },
      'platform-env-vars',
      ['aws-secrets-manager', 'azure-key-vault', 'gcp-secret-manager'],
    ],
    [
      'on-prem Compose + Ansible: Ansible Vault / SOPS',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], iacTools: ['ansible'] },
      'sops-in-git',
      ['aws-secrets-manager', 'azure-key-vault', 'gcp-secret-manager'],
    ],
    [
      'on-prem Kubernetes under ISO 27001: Vault',
      { cloudProviders: ['on-prem'], compute: ['kubernetes'], compliance: ['iso27001'] },
      'hashicorp-vault',
    ],
    ['AWS + Azure + on-prem: one portable store', { cloudProviders: ['aws', 'azure', 'on-prem'] }, 'hashicorp-vault'],
    ['committed Vault wins on AWS', { cloudProviders: ['aws'], frameworks: ['hashicorp-vault'] }, 'hashicorp-vault'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
