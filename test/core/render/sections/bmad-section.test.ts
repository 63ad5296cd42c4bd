// Who holds which credentials: people, the pipeline and the running services each have their own line; no summary repeats the tables.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../../../src/core/pipeline/build-architecture.js';

const SHOP = `# Kiteshop Architecture

## Tech Stack

| Category | Technology |
| --- | --- |
| Cloud | AWS, region us-west-2 |
| Compute | Amazon ECS on Fargate |
| Database | PostgreSQL |
| Secrets | AWS Secrets Manager |
| Monitoring | Amazon CloudWatch |
| CI/CD | GitHub Actions |

The API serves the web front end. The system shall be available 99.9 % of the time.
`;

const doc = buildArchitecture({ docs: [parseDocument('docs/architecture.md', 'architecture', SHOP)], date: '2026-01-15' }).files.find(
  (f) => f.kind === 'document',
)!.content;
const rows = doc.slice(doc.indexOf('### Who deploys what')).split('\n\n')[1].split('\n');

describe('credentials per role', () => {
  it.each<[string, RegExp, RegExp]>([
    [
      'the pipeline deploys under a role per environment, the production role only from its gated job',
      /^\| DevOps/,
      /short-lived role per environment.*only the gated Production job/,
    ],
    [
      'the running services each hold their own identity and read their secrets at start',
      /^\| Running services: /,
      /each its own identity.*AWS Secrets Manager at start/,
    ],
  ])('%s', (_name, role, want) => {
    expect(rows.find((r) => role.test(r))).toMatch(want);
  });

  it('does not repeat the chosen telemetry in a summary line under its own table', () => {
    expect(doc).not.toMatch(/^Metrics go to /m);
  });
});

describe('defaults rows without evidence', () => {
  it('say plainly that no line of the inputs states them, and carry no link', () => {
    const inferred = doc.split('\n').filter((l) => l.includes('(inferred; no line of the inputs states it)'));
    expect(inferred.length).toBeGreaterThan(0);
    for (const l of inferred) expect(l.split(' | ')[1]).not.toMatch(/\]\(/);
  });
});
