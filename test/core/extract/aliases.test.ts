import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const stack = (tech: string) =>
  doc(
    'docs/tech-stack.md',
    'tech-stack',
    `# Tech Stack\n\n| Category | Technology | Version |\n| --- | --- | --- |\n| Main | ${tech} | 1 |\n`,
  );

describe('alias table maps spellings onto canonical ids', () => {
  it.each([
    ['Postgres', 'dataStores', ['postgresql']],
    ['PostgreSQL 16', 'dataStores', ['postgresql']],
    ['AWS RDS for PostgreSQL', 'dataStores', ['postgresql']],
    ['Amazon Web Services', 'cloudProviders', ['aws']],
    ['MS Azure', 'cloudProviders', ['azure']],
    ['Google Cloud Platform', 'cloudProviders', ['gcp']],
    ['Cloud SQL for MySQL', 'dataStores', ['mysql']],
    ['Cloud SQL', 'dataStores', ['postgresql']],
    ['ElastiCache', 'dataStores', ['redis']],
    ['Memorystore', 'dataStores', ['redis']],
    ['AWS Lambda', 'compute', ['aws-lambda']],
    ['ECS on Fargate', 'compute', ['fargate']],
    ['Cloud Run', 'compute', ['cloud-run']],
    ['Cloudflare Workers and Pages', 'compute', ['cloudflare-pages', 'cloudflare-workers']],
    ['GitHub Actions', 'ciCd', ['github-actions']],
    ['GitLab CI', 'ciCd', ['gitlab-ci']],
    ['Docker Compose', 'compute', ['docker-compose']],
    ['DigitalOcean Droplet', 'compute', ['vms']],
    ['customer-managed VMs', 'cloudProviders', ['on-prem']],
    ['NATS JetStream', 'dataStores', ['nats-jetstream']],
    ['Expo EAS', 'ciCd', ['expo-eas']],
    ['Git push → Vercel auto-deploy', 'ciCd', ['vercel-deployments']],
    ['Vercel automatic deployments', 'ciCd', ['vercel-deployments']],
    ['Raspberry Pi 5', 'compute', ['raspberry-pi']],
    ['Neon Database', 'cloudProviders', ['neon']],
    ['Azure Static Web Apps', 'compute', ['azure-static-web-apps']],
    ['GCS buckets', 'dataStores', ['gcs']],
    ['GCS link to the aircraft', 'dataStores', []],
    ['C++20 with the audio SDK', 'languages', ['cpp']],
    ['Python3.12 workers', 'languages', ['python']],
    ['PostgreSQL16', 'dataStores', ['postgresql']],
    ['S30 sensor board', 'dataStores', []],
  ])('%s → %s %j', (tech, field, want) => {
    const p = profileOf(stack(tech)) as unknown as Record<string, { id: string }[]>;
    expect(ids(p[field])).toEqual(want);
  });

  it('implies the vendor of a managed service', () => {
    const p = profileOf(stack('ElastiCache'));
    expect(ids(p.cloudProviders)).toEqual([]); // implied facts count less: one row is not enough
    const q = profileOf(
      doc(
        'docs/tech-stack.md',
        'tech-stack',
        '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cache | ElastiCache |\n| Queue | SQS |\n',
      ),
    );
    expect(ids(q.cloudProviders)).toEqual(['aws']);
  });

  it('implies the container engine of a compose deployment', () => {
    const d = doc(
      'docs/tech-stack.md',
      'tech-stack',
      '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Runtime | Docker Compose |\n| Workers | docker-compose services |\n',
    );
    expect(ids(profileOf(d).compute)).toEqual(['docker', 'docker-compose']);
  });

  it('trusts ambiguous words only with their vendor nearby', () => {
    expect(ids(profileOf(stack('Pages')).compute)).toEqual([]);
    expect(ids(profileOf(stack('Workers')).compute)).toEqual([]);
    expect(ids(profileOf(stack('Spaces on DigitalOcean')).dataStores)).toEqual(['digitalocean-spaces']);
  });

  it('reads Go as a language only in a stack row or as golang', () => {
    expect(ids(profileOf(stack('Go')).languages)).toEqual(['go']);
    const prose = doc('docs/prd.md', 'prd', '# P\n\nUsers go to the page. We go live soon. Go ahead and go home.\n');
    expect(ids(profileOf(prose).languages)).toEqual([]);
  });

  it('does not take a vendor SDK for the vendor platform', () => {
    expect(ids(profileOf(stack('Vercel AI SDK')).cloudProviders)).toEqual([]);
  });

  it('treats "X-compatible" as a likeness, not a choice, unless the catalogue marks X as a shared interface', () => {
    expect(ids(profileOf(stack('Redis-compatible key-value store')).dataStores)).toEqual([]);
    // S3's API is such an interface (see compatible-interface.test.ts).
    expect(ids(profileOf(stack('S3-compatible object storage')).dataStores)).toEqual(['s3']);
  });
});
