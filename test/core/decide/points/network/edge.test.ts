import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'network.edge';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'AWS: CloudFront',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'cloudfront',
      ['azure-front-door', 'cloud-cdn', 'platform-edge'],
    ],
    [
      'GCP: Cloud CDN, never CloudFront',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'cloud-cdn',
      ['cloudfront', 'azure-front-door'],
    ],
    ['Azure: Front Door', { cloudProviders: ['azure'], dataStores: ['postgresql'] }, 'azure-front-door', ['cloudfront', 'cloud-cdn']],
    [
      'Vercel stack: the platform edge',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'platform-edge',
      ['cloudfront', 'cloud-cdn', 'azure-front-door'],
    ],
    [
      'rented servers: Cloudflare in front',
      { cloudProviders: ['digitalocean'], compute: ['vms', 'docker'], dataStores: ['postgresql'] },
      'cloudflare',
      ['cloudfront', 'platform-edge'],
    ],
    [
      'on-prem: no CDN',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'none',
      ['cloudfront', 'cloudflare', 'platform-edge'],
    ],
    [
      'Cloudflare committed wins',
      { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'], dataStores: ['r2'] },
      'cloudflare',
      [],
    ],
    ['client-only app on CloudKit: no CDN', { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] }, 'none', []],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
