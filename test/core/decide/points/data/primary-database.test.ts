import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.primary-database';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'committed PostgreSQL wins',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'postgresql',
      [],
    ],
    [
      'committed DynamoDB on AWS',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'dynamodb',
      [],
    ],
    ['no database named on GCP: PostgreSQL, not DynamoDB', { cloudProviders: ['gcp'] }, 'postgresql', ['dynamodb', 'cosmos-db']],
    [
      'Lambda with no database named: DynamoDB',
      { cloudProviders: ['aws'], compute: ['aws-lambda'], style: 'serverless' },
      'dynamodb',
      ['firestore', 'cosmos-db'],
    ],
    ['Supabase stack: PostgreSQL', { cloudProviders: ['vercel', 'supabase'] }, 'postgresql', ['dynamodb']],
    ['Firebase: Firestore', { cloudProviders: ['firebase'] }, 'firestore', ['dynamodb', 'cosmos-db']],
    ['CloudKit app: CloudKit', { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] }, 'cloudkit', ['dynamodb']],
    ['Convex backend: Convex', { cloudProviders: ['cloudflare', 'convex'], dataStores: ['convex'] }, 'convex', ['dynamodb']],
    ['pgvector implies PostgreSQL', { cloudProviders: ['gcp'], dataStores: ['pgvector'] }, 'postgresql', []],
    ['99.95 % rules out SQLite', { cloudProviders: ['hetzner'], availability: 99.95 }, 'postgresql', ['sqlite']],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it('carries every committed option alongside the choice', () => {
    const d = decideOne(ID, { cloudProviders: ['digitalocean'], dataStores: ['sqlite', 'postgresql'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual(['postgresql', 'sqlite']);
  });

  it('marks an assumption when nothing in the inputs decided', () => {
    const d = decideOne(ID, {});
    expect(d.assumptions[0]).toMatch(/^\[ASSUMPTION\]/);
  });
});
