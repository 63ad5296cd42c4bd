// Versions come from the inputs where they give one: a tech-stack row's next cell, or a number right after the name.
import { describe, expect, it } from 'vitest';
import { statedVersion } from '../../../src/core/render/stated-version.js';

const q = (quote: string) => [{ file: 'docs/stack.md', line: 1, quote }];

describe('stated versions', () => {
  it.each([
    [['PostgreSQL'], '| Database | PostgreSQL (managed) | 15 | system of record |', '15'],
    [['Terraform'], 'All infrastructure is in Terraform (>= 1.7) in the infra folder.', '1.7'],
    [['Node.js'], '| Runtime | **Node.js** | 22 LTS | API |', '22 LTS'],
    [['GitHub Actions'], '| CI/CD | GitHub Actions | n/a | builds |', null],
    [['Amazon RDS (or Aurora)'], 'We run Amazon RDS 16 for the ledger.', '16'],
    [['Redis'], 'Redis caches sessions for 5 minutes.', null],
    [['Pulumi'], 'Infrastructure as code | Pulumi | 3.4 | every stack |', '3.4'],
    [['Pulumi'], 'Infrastructure as code: Pulumi: 3.4: every stack', '3.4'],
    [['Redis'], 'Cache: Redis: 3 nodes in two zones', null],
  ])('%s in %j → %s', (names, line, want) => {
    expect(statedVersion(names, q(line))).toBe(want);
  });
});
