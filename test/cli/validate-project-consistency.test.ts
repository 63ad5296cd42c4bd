// validate --project: a document whose choices contradict the inputs' commitments or a must/prohibit constraint is an error (exit 1).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './built-cli.js';

/** An invented project: the PRD commits to Azure and Terraform, forbids Kubernetes, and requires Cosmos DB. */
const PRD = `# Booking PRD

## Technical Assumptions

- The platform must run on Microsoft Azure.
- All infrastructure is defined in Terraform.
- Kubernetes must not be used; the team has no cluster skills.
- The data store must be Azure Cosmos DB.
`;

function project(document: string): { dir: string; doc: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ia-valproj-'));
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs/prd.md'), PRD);
  const doc = join(dir, 'docs/infrastructure-architecture.md');
  writeFileSync(doc, document);
  return { dir, doc };
}

const ids = (stdout: string) => [...new Set([...stdout.matchAll(/\b(consistency-[a-z-]+)\b/g)].map((m) => m[1]))].sort();

describe('validate --project', () => {
  beforeAll(() => ensureBuilt());

  it.each<[string, string, number, string[]]>([
    [
      'another platform, a forbidden orchestrator and another database: errors',
      '# Infrastructure Architecture\n\n## Platform\n\nThe system runs on AWS in eu-west-1, provisioned with Terraform.\n\n## Compute\n\nThe API runs on Kubernetes (EKS).\n\n## Data\n\nThe primary store is Amazon DynamoDB.\n',
      1,
      ['consistency-contradicts-commitment', 'consistency-prohibited-tech'],
    ],
    [
      'the stated choices kept: no consistency finding',
      '# Infrastructure Architecture\n\n## Platform\n\nThe system runs on Microsoft Azure in westeurope, provisioned with Terraform.\n\n## Compute\n\nThe API runs on Azure Container Apps; no cluster is operated.\n\n## Data\n\nThe primary store is Azure Cosmos DB.\n',
      -1,
      [],
    ],
  ])('%s', (_name, document, status, want) => {
    const { dir, doc } = project(document);
    const r = runCli(['validate', doc, '--project', dir]);
    expect(ids(r.stdout), r.stdout + r.stderr).toEqual(want);
    if (status >= 0) expect(r.status).toBe(status);
    expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
