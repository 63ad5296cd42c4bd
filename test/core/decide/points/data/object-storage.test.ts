import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.object-storage';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'AWS: S3',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      's3',
      ['gcs', 'azure-blob-storage', 'supabase-storage'],
    ],
    [
      'GCP: GCS, never S3',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'gcs',
      ['s3', 'azure-blob-storage'],
    ],
    ['Azure: Blob Storage', { cloudProviders: ['azure'], dataStores: ['postgresql'] }, 'azure-blob-storage', ['s3', 'gcs']],
    [
      'Supabase stack: Supabase Storage, never S3',
      { cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql'] },
      'supabase-storage',
      ['s3', 'gcs', 'local-volume'],
    ],
    [
      'DigitalOcean: Spaces',
      { cloudProviders: ['digitalocean'], compute: ['vms', 'docker'], dataStores: ['postgresql'] },
      'digitalocean-spaces',
      ['s3'],
    ],
    ['Cloudflare: R2', { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'], dataStores: ['r2'] }, 'r2', ['s3']],
    [
      'on-prem: MinIO',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'minio',
      ['s3', 'r2', 'supabase-storage'],
    ],
    [
      'CloudKit: platform storage',
      { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] },
      'platform-storage',
      ['s3'],
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
