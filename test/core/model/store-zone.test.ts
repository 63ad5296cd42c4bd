// Data stores placed by kind on invented projects: embedded in the app, SaaS outside, managed in the region, self-run in the data subnet.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { storeZone } from '../../../src/core/model/store-zone.js';
import { doc, profileOf } from '../extract/helpers.js';

const stack = (rows: [string, string][]) =>
  `# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`;

describe('store zones in the model', () => {
  it.each<[string, [string, string][], string, string]>([
    [
      'an embedded SQLite runs inside the app',
      [
        ['Cloud', 'AWS'],
        ['Compute', 'ECS Fargate'],
        ['Database', 'SQLite'],
      ],
      'sqlite',
      'private',
    ],
    [
      'a managed database instance (RDS) is attached to the data subnet',
      [
        ['Cloud', 'AWS'],
        ['Compute', 'ECS Fargate'],
        ['Database', 'Amazon RDS for PostgreSQL'],
      ],
      'postgresql',
      'data',
    ],
    [
      'object storage is a regional managed service',
      [
        ['Cloud', 'AWS'],
        ['Compute', 'ECS Fargate'],
        ['Database', 'Amazon RDS for PostgreSQL'],
        ['Storage', 'Amazon S3'],
      ],
      's3',
      'regional',
    ],
    [
      'PostgreSQL the team runs on its droplet',
      [
        ['Cloud', 'DigitalOcean'],
        ['Compute', 'Docker Compose on a Droplet'],
        ['Database', 'Self-hosted PostgreSQL on the droplet'],
      ],
      'postgresql',
      'data',
    ],
  ])('%s', (_name, rows, tech, zone) => {
    const profile = profileOf(doc('docs/architecture.md', 'architecture', stack(rows)));
    const model = deriveModel(profile, decideAll(profile));
    expect(model.dataStores.find((d) => d.tech === tech)?.zone, JSON.stringify(model.dataStores.map((d) => [d.tech, d.zone]))).toBe(zone);
  });

  it.each<[string, string | undefined, string]>([
    ['sqlite', undefined, 'private'],
    ['s3', undefined, 'regional'],
    ['postgresql', 'self-hosted', 'data'],
    ['postgresql', 'saas', 'external'],
    ['postgresql', 'managed-regional', 'data'],
    ['dynamodb', 'serverless', 'regional'],
  ])('storeZone(%s, %s) = %s', (tech, hosting, zone) => {
    expect(storeZone(tech, hosting)).toBe(zone);
  });
});
