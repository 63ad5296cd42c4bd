// The zones table and the data and recovery tables name this system: what each zone holds and accepts, what a cache is rebuilt from, where recovery goes.
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
| Cache | Redis |
| Queue | Amazon SQS |
| Files | Amazon S3 |
| CDN | Amazon CloudFront |

An order worker consumes the SQS queue. The API serves the web front end.
The system shall be available 99.9 % of the time, with an RTO of 1 hour.
`;

function doc(md: string): string {
  const built = buildArchitecture({ docs: [parseDocument('docs/architecture.md', 'architecture', md)], date: '2026-01-15' });
  return built.files.find((f) => f.kind === 'document')!.content;
}

/** The cells of the row whose first cell starts with `first`, in the tables of the zones, data stores and recovery targets. */
function row(text: string, first: string): string[] | undefined {
  const tables = ['### Security zones', '### Data stores', '### Recovery targets'].map(
    (h) => text.slice(text.indexOf(h)).split('\n\n')[1] ?? '',
  );
  const line = tables
    .join('\n')
    .split('\n')
    .find((l) => l.startsWith(`| ${first}`) || l.startsWith(`| **${first}`));
  return line?.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').replace(/\*\*/g, ''));
}

describe('tables that name the system', () => {
  const text = doc(SHOP);
  it.each<[string, string, number, RegExp]>([
    ['the data zone accepts traffic from the units that call it', 'Isolated data subnet', 2, /API/],
    [
      'a queue and object store sit in the region, outside the subnets, as the diagram draws them',
      'Regional managed services',
      1,
      /Amazon SQS/,
    ],
    [
      'the private zone is reached through the load balancer, not straight from the internet',
      'Private application subnet',
      2,
      /Load Balancer/,
    ],
    ['a cache is rebuilt from the store that is backed up', 'Redis', 2, /^none: a cache, rebuilt from PostgreSQL/],
    ['a queue carries messages between its senders and receivers', 'Amazon SQS', 2, /^none: messages in flight from .+ to .+/],
    [
      'an unnamed recovery region is another region of the platform than the primary',
      'Recovery region',
      1,
      /^another AWS region than us-west-2/,
    ],
  ])('%s', (_name, first, cell, want) => {
    expect(row(text, first)?.[cell]).toMatch(want);
  });

  it('lists a regional store once, not also in the data subnet', () => {
    expect(row(text, 'Isolated data subnet')?.[1]).not.toMatch(/Amazon SQS|Amazon S3/);
  });
});
