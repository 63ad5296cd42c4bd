// Table-driven tests for security.identity: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.identity';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS platform: Cognito', { cloudProviders: ['aws'] }, 'cognito'],
    ['Azure platform: Entra ID', { cloudProviders: ['azure'] }, 'entra-id', ['cognito', 'firebase-auth']],
    ['Firebase app: Firebase Auth', { cloudProviders: ['firebase'], dataStores: ['firestore'] }, 'firebase-auth', ['cognito']],
    [
      'Vercel + Railway + Supabase: Supabase Auth, no hyperscaler IdP',
      { cloudProviders: ['vercel', 'railway', 'supabase'] },
      'supabase-auth',
      ['cognito', 'entra-id', 'firebase-auth'],
    ],
    [
      'on-prem Compose + Ansible: self-hosted Keycloak',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], iacTools: ['ansible'] },
      'keycloak',
      ['cognito', 'entra-id', 'firebase-auth', 'supabase-auth'],
    ],
    ['several hyperscalers: a cloud-neutral IdP', { cloudProviders: ['aws', 'gcp'] }, 'auth0'],
    [
      'CloudKit app with HIPAA: platform identity',
      { cloudProviders: ['cloudkit'], compliance: ['hipaa'] },
      'app-managed-sessions',
      ['cognito'],
    ],
    ['small Next.js team on Vercel: Clerk', { cloudProviders: ['vercel'], frameworks: ['nextjs'], teamSize: 2 }, 'clerk'],
    ['committed Auth0 wins over the platform IdP', { cloudProviders: ['aws'], frameworks: ['auth0'] }, 'auth0'],
    [
      'committed Cognito wins even where another IdP scores higher',
      { cloudProviders: ['aws', 'supabase'], frameworks: ['cognito'] },
      'cognito',
    ],
    ['nothing named: a managed IdP, and no provider service on an assumed platform', {}, 'clerk', ['cognito']],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });

  it('marks an assumption when nothing in the inputs decided', () => {
    expect(decideOne(ID, {}).assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });
});
