// An "S3-compatible" requirement is an interface: met by any S3-API store, chosen as Amazon S3 only on AWS, drawn once.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../../../src/core/decide/decide.js';
import { deriveModel } from '../../../../../src/core/model/derive-model.js';
import { doc, profileOf } from '../../../extract/helpers.js';

const project = (platform: string, storage: string) =>
  profileOf(
    doc(
      'docs/architecture.md',
      'architecture',
      `# Wren Ledger Architecture\n\n## Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n${platform}| Database | PostgreSQL | Ledger rows |\n| File Storage | ${storage} | Receipts |\n`,
    ),
  );
const objectStore = (platform: string, storage: string) => {
  const profile = project(platform, storage);
  const decisions = decideAll(profile);
  const d = decisions.find((x) => x.id === 'data.object-storage')!;
  const stores = deriveModel(profile, decisions)
    .dataStores.filter((s) => s.kind === 'object')
    .map((s) => s.tech);
  return { profile, choice: d.choice, rejected: d.rejected.map((r) => r.id), stores };
};
const GCP_K8S = '| Cloud | Google Cloud Platform | Hosting |\n| Orchestration | Kubernetes (GKE) | Workloads |\n';
const AWS = '| Cloud | AWS | Hosting |\n| Compute | Amazon ECS | Workloads |\n';

describe('an S3-compatible requirement', () => {
  it('is kept on the fact as an interface, and a vendor name is not', () => {
    expect(project(GCP_K8S, 'S3-compatible object storage').dataStores.find((f) => f.id === 's3')?.interfaceOnly).toBe(true);
    expect(project(AWS, 'Amazon S3').dataStores.find((f) => f.id === 's3')?.interfaceOnly).toBeUndefined();
  });

  it.each([
    ['off AWS, in a cluster: the S3 API served in the cluster', GCP_K8S, 'S3-compatible object storage', 'minio'],
    ['on AWS: Amazon S3 itself', AWS, 'S3-compatible object storage', 's3'],
    ['a vendor named outright stays the stated choice', GCP_K8S, 'Amazon S3', 's3'],
  ])('%s', (_why, platform, storage, want) => {
    const r = objectStore(platform, storage);
    expect(r.choice).toBe(want);
    expect(r.stores).toEqual([want]);
  });

  it('rules out a store that does not answer the S3 API', () => {
    const r = objectStore(GCP_K8S, 'S3-compatible object storage');
    expect(r.rejected).toContain('gcs');
    expect(r.rejected).not.toContain('minio');
  });
});
