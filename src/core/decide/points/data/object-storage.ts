// Decision point: where files, uploads and artefacts are stored.
import { databases } from '../../criteria.js';
import { definePoint, type DecideContext, type OptionDef, type Signal } from '../../define-point.js';
import { family, needsPlatform, needsProviderOf, onKubernetes } from '../../platform-family.js';
import { kb } from '../../../knowledge/active.js';

const primaryIs =
  (...ids: string[]) =>
  (c: DecideContext) =>
    ids.includes(c.chosen('cloud.primary-platform') ?? '') ? (c.v.committedAny(...ids) ?? []) : null;
const famIs =
  (...f: string[]) =>
  (c: DecideContext) =>
    f.includes(family(c)) ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null;
// A store committed only as an interface ("S3-compatible object storage"): the statement names an API, not the vendor.
const interfaceFact = (c: DecideContext) =>
  c.v.profile.dataStores.find((f) => f.interfaceOnly && kb().hasTrait(f.id, 'compatible-interface'));
// The interface asked for, when it is the S3 API: any store answering it meets the statement, and no other store can.
const s3ApiAsked = (c: DecideContext) => {
  const f = interfaceFact(c);
  return f && kb().hasTrait(f.id, 's3-api') ? f : undefined;
};
const ASKS_S3_API = 'the inputs ask for S3-compatible storage';
// Among the stores that answer it, the platform's own fit then picks (MinIO in a cluster).
const answersInterface =
  (id: string): Signal['when'] =>
  (c) => {
    const f = s3ApiAsked(c);
    return f && kb().hasTrait(id, 's3-api') ? f.evidence.slice(0, 2) : null;
  };
const lacksInterface =
  (id: string) =>
  (c: DecideContext): string | null =>
    s3ApiAsked(c) && !kb().hasTrait(id, 's3-api') ? ASKS_S3_API : null;
const store = (
  o: Omit<OptionDef, 'costClass' | 'complexity' | 'skills'> & Partial<Pick<OptionDef, 'costClass' | 'complexity' | 'skills'>>,
): OptionDef => ({
  costClass: 'low',
  complexity: 1,
  skills: ['bucket policies', 'signed URLs'],
  ...o,
  rejectIf: (c) => o.rejectIf?.(c) ?? lacksInterface(o.id)(c),
  fits: [...o.fits, { when: answersInterface(o.id), weight: 3, because: ASKS_S3_API }],
});

export default definePoint({
  meta: {
    id: 'data.object-storage',
    domain: 'data',
    title: 'Object storage',
    question: 'Where are uploads, generated files, backups and static assets stored?',
    docs: 'Object storage holds what does not belong in the database: uploads, exports, media, backups and build artefacts. Keep it on the same provider as the compute that reads it (egress is where storage bills surprise), private by default with signed URLs, versioned where data matters and with lifecycle rules to expire what is no longer needed.',
    assumption: 'The inputs name no object store; the store native to the chosen platform was assumed.',
    contributes: 'data-store',
    check: (d, m) =>
      `Public access is blocked on every ${d.choiceTitle} bucket except those the IaC marks public; versioning is on where backups${databases(m) ? ` of ${databases(m)}` : ''} land.`,
  },
  options: [
    store({
      id: 's3',
      title: 'Amazon S3',
      summary: 'Regional object storage on AWS with versioning, Object Lock, lifecycle tiers and event notifications.',
      pros: ['Eleven nines of durability and the de-facto API', 'Lifecycle tiers, Object Lock and cross-region replication'],
      cons: ['Egress to the internet and other clouds is expensive', 'Bucket policies and public-access settings are easy to get wrong'],
      leans: { resilience: 2, compliance: 2 },
      rejectIf: needsProviderOf('s3'),
      // "S3-compatible" alone is a stated choice of Amazon S3 only on AWS; elsewhere it is a requirement any S3-API store meets.
      committedWhen: (c) => (interfaceFact(c)?.id === 's3' && family(c) !== 'aws' ? null : c.v.committed('s3')),
      fits: [{ when: famIs('aws'), weight: 6, because: 'the platform is AWS' }],
    }),
    store({
      id: 'gcs',
      title: 'Google Cloud Storage',
      summary: 'Object storage on Google Cloud with uniform bucket-level IAM, lifecycle rules and dual- or multi-region buckets.',
      pros: ['Uniform IAM and signed URLs', 'Dual-region buckets with turbo replication'],
      cons: ['Egress costs outside Google Cloud', 'Fewer third-party tools than the S3 API (interoperability mode helps)'],
      leans: { resilience: 2, compliance: 2 },
      rejectIf: needsPlatform('gcp', 'firebase'),
      fits: [
        { when: famIs('gcp'), weight: 6, because: 'the platform is Google Cloud' },
        { when: primaryIs('firebase'), weight: 5, because: "Cloud Storage for Firebase is the platform's file store" },
      ],
    }),
    store({
      id: 'azure-blob-storage',
      title: 'Azure Blob Storage',
      summary: 'Object storage on Azure with access tiers, immutability policies and geo-redundant replication.',
      pros: ['Hot, cool and archive tiers with lifecycle management', 'Entra ID access and private endpoints'],
      cons: ['Storage account limits and naming rules', 'Egress costs outside Azure'],
      leans: { resilience: 2, compliance: 2 },
      rejectIf: needsProviderOf('azure-blob-storage'),
      fits: [{ when: famIs('azure'), weight: 6, because: 'the platform is Azure' }],
    }),
    store({
      id: 'r2',
      title: 'Cloudflare R2',
      summary: 'S3-compatible object storage without egress fees, bound directly to Workers.',
      pros: ['No egress charges, which suits media served to users', 'S3-compatible API'],
      cons: [
        'Fewer storage classes and compliance features than the hyperscalers',
        'Location hints, not strict regions, outside the EU jurisdiction option',
      ],
      leans: { cost: 2, simplicity: 1, compliance: -1 },
      rejectIf: (c) => (family(c) === 'on-prem' || family(c) === 'kubernetes' ? "files must stay in the operator's environment" : null),
      fits: [
        { when: primaryIs('cloudflare'), weight: 6, because: 'the platform is Cloudflare' },
        { when: famIs('paas'), weight: 1, because: 'a neutral store with no egress fees suits a PaaS stack' },
      ],
    }),
    store({
      id: 'supabase-storage',
      title: 'Supabase Storage',
      summary:
        'S3-backed buckets inside the Supabase project, with access governed by the same row-level security policies as the database.',
      pros: ['Same auth and policies as the data', 'Image transformations and resumable uploads'],
      cons: ['Tied to the Supabase project and its region', 'Fewer lifecycle and replication controls'],
      leans: { simplicity: 2, speed: 2, compliance: 0 },
      rejectIf: needsProviderOf('supabase-storage'),
      fits: [{ when: (c) => c.v.committed('supabase'), weight: 5, because: 'the stack already uses Supabase' }],
    }),
    store({
      id: 'digitalocean-spaces',
      title: 'DigitalOcean Spaces',
      summary: 'S3-compatible object storage with a built-in CDN, priced per flat bundle.',
      pros: ['Flat, predictable pricing', 'S3-compatible tools (restic, rclone, SDKs) work unchanged'],
      cons: ['No versioning-based Object Lock or storage tiers', 'Per-region availability'],
      leans: { cost: 2, simplicity: 1, compliance: -1 },
      rejectIf: needsProviderOf('digitalocean-spaces'),
      fits: [{ when: primaryIs('digitalocean'), weight: 6, because: 'the platform is DigitalOcean' }],
    }),
    store({
      id: 'minio',
      title: 'MinIO (self-hosted S3-compatible)',
      complexity: 3,
      skills: ['MinIO operations', 'storage capacity planning'],
      summary: 'S3-compatible object storage run on your own servers or cluster, with erasure coding across disks and nodes.',
      pros: ['S3 API on owned or customer hardware', 'Data never leaves the environment'],
      cons: ['Disks, erasure sets and upgrades are yours to run', 'Licence (AGPL) and feature changes to watch'],
      leans: { compliance: 1, cost: 1, simplicity: -1 },
      rejectIf: (c) => (family(c) === 'paas' ? 'a PaaS gives no disks to run it on' : null),
      fits: [
        { when: famIs('on-prem'), weight: 5, because: 'the system runs on owned or customer hardware' },
        {
          when: (c) => (family(c) === 'kubernetes' ? onKubernetes(c) : null),
          weight: 5,
          because: 'the system must bring its own storage into the cluster',
        },
        // Off the vendor's cloud, an S3-compatible requirement is met in the cluster itself, portable across providers.
        { when: (c) => (interfaceFact(c) ? onKubernetes(c) : null), weight: 3, because: 'the S3 API is served inside the cluster' },
      ],
    }),
    store({
      id: 'platform-storage',
      title: "The backend platform's file storage",
      summary: 'Files are stored by the backend platform itself (CloudKit assets, Convex file storage, Firebase Storage, Vercel Blob).',
      pros: ['Same identity and access rules as the rest of the backend', 'Nothing to configure'],
      cons: ['Few controls over lifecycle, replication and location', 'Exporting files means using the platform API'],
      leans: { simplicity: 2, speed: 2, compliance: -1 },
      rejectIf: needsPlatform('cloudkit', 'convex', 'firebase', 'vercel'),
      fits: [
        { when: primaryIs('cloudkit', 'convex'), weight: 6, because: 'the backend platform stores the files' },
        { when: primaryIs('vercel', 'firebase'), weight: 2, because: 'the platform offers blob storage next to the code' },
      ],
    }),
    store({
      id: 'local-volume',
      title: 'Local disk or NFS volume',
      complexity: 2,
      skills: ['filesystem backups'],
      summary: 'Files are written to a mounted disk or an NFS share on the servers and backed up with the host.',
      pros: ['No extra service or API', 'Fine for small volumes on a single host'],
      cons: ['Ties files to a host; no scaling out', 'Durability is only as good as the disk and its backups'],
      leans: { simplicity: 1, cost: 2, resilience: -2 },
      rejectIf: (c) => (['servers', 'on-prem'].includes(family(c)) ? null : 'the platform has no persistent local disk to rely on'),
      fits: [{ when: famIs('servers'), weight: 2, because: 'the system runs on a server with its own disk' }],
    }),
  ],
});
