// The feasibility gate through `create --mode yolo`: a red concern blocks; a justified verdict in concerns.yaml unblocks.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';

function regulatedOnPaaS(): string {
  const root = mkdtempSync(join(tmpdir(), 'ia-gate-'));
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'docs/prd.md'),
    '# Clinic Notes PRD\n\n## Requirements\n\n- NFR1: The service must comply with HIPAA for all patient records.\n',
  );
  writeFileSync(
    join(root, 'docs/architecture.md'),
    '# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Hosting | Railway |\n| Database | PostgreSQL on Railway |\n| CI | GitHub Actions |\n',
  );
  return root;
}

async function create(root: string) {
  const r = await runCreateYolo(root, { date: '2026-01-15', json: true, proofCache: false, force: true });
  expect(r.exitCode, r.stderr).toBe(0);
  return { summary: JSON.parse(r.stdout), doc: readFileSync(join(root, 'docs/infrastructure-architecture.md'), 'utf8') };
}

describe('the feasibility gate in create', () => {
  it('blocks on an open red concern, and a justified acceptance in concerns.yaml unblocks it', async () => {
    const root = regulatedOnPaaS();
    const first = await create(root);
    expect(first.summary.status).toBe('blocked');
    const red = first.summary.concerns.find((c: { level: string; status: string }) => c.level === 'red' && c.status === 'open');
    expect(red.id).toMatch(/^compliance-attestation@hipaa\//);
    expect(first.doc).toMatch(/DRAFT/);

    mkdirSync(join(root, '.infra-arch'), { recursive: true });
    writeFileSync(join(root, '.infra-arch/concerns.yaml'), `concerns:\n  - id: "${red.id}"\n    status: accepted\n`);
    expect((await create(root)).summary.status).toBe('blocked');

    writeFileSync(
      join(root, '.infra-arch/concerns.yaml'),
      `concerns:\n  - id: "compliance-attestation@hipaa/*"\n    status: accepted\n    justification: "PHI stays in the EHR; this service stores appointment times only."\n`,
    );
    const after = await create(root);
    expect(after.summary.status).not.toBe('blocked');
    expect(after.doc).not.toMatch(/DRAFT/);
    expect(after.doc).toContain('PHI stays in the EHR');
  }, 120_000);

  it('exits 2 naming the concerns file when it is not YAML', async () => {
    const root = regulatedOnPaaS();
    mkdirSync(join(root, '.infra-arch'), { recursive: true });
    writeFileSync(join(root, '.infra-arch/concerns.yaml'), 'concerns: [unclosed\n');
    const r = await runCreateYolo(root, { date: '2026-01-15', proofCache: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('.infra-arch/concerns.yaml');
  });
});
