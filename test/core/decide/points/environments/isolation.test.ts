// Table-driven tests for environments.isolation: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'environments.isolation';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: separate accounts', { cloudProviders: ['aws'] }, 'separate-accounts', ['separate-paas-projects', 'separate-servers']],
    ['HIPAA on Google Cloud: separate projects', { cloudProviders: ['gcp'], compliance: ['hipaa'] }, 'separate-accounts'],
    [
      'EKS, small team, nothing regulated: namespaces',
      { cloudProviders: ['aws'], compute: ['eks'], teamSize: 3 },
      'shared-account-segmented',
    ],
    [
      'Vercel + Supabase: separate PaaS projects',
      { cloudProviders: ['vercel', 'supabase'] },
      'separate-paas-projects',
      ['separate-accounts', 'separate-servers'],
    ],
    [
      'on-prem Compose + Ansible: separate servers',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], iacTools: ['ansible'] },
      'separate-servers',
      ['separate-accounts', 'separate-paas-projects'],
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
