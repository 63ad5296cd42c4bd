// runCreateYolo end to end on a small project: exit codes, same bytes twice, hand-edit refusal, JSON summary.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDate, runCreateYolo } from '../../src/app/create-yolo.js';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ia-c-'));
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'docs/prd.md'),
    '# Shop PRD\n\n## Technical Assumptions\n\n- Deployment: AWS with Lambda and API Gateway\n- Database: PostgreSQL on RDS\n\n## Non Functional\n\n- NFR1: 99.9% availability\n- NFR2: GDPR applies to customer data in eu-west-1\n',
  );
  writeFileSync(
    join(root, 'docs/architecture.md'),
    '# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Frontend | React |\n| Compute | AWS Lambda |\n| IaC | Terraform |\n| CI | GitHub Actions |\n',
  );
  return root;
}

const snapshot = (root: string) => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(join(root, p), 'utf8');
    }
  };
  walk('docs');
  walk('.infra-arch');
  return out;
};

describe('runCreateYolo', () => {
  it('writes the document, ADRs and model, byte-identical across runs', async () => {
    const a = project();
    const b = project();
    const cache = mkdtempSync(join(tmpdir(), 'ia-cache-'));
    const r1 = await runCreateYolo(a, { date: '2026-01-15', proofCache: cache });
    expect(r1.stderr).toBe('');
    expect(r1.exitCode).toBe(0);
    const r2 = await runCreateYolo(b, { date: '2026-01-15', proofCache: cache });
    expect(r2.exitCode).toBe(0);
    const sa = snapshot(a);
    expect(sa).toEqual(snapshot(b));
    expect(Object.keys(sa).filter((p) => p.startsWith('docs/adr/')).length).toBeGreaterThanOrEqual(8);
    expect(sa['docs/infrastructure-architecture.md'].match(/```mermaid/g)).toHaveLength(6);
    expect(readFileSync(join(cache, 'mermaid-proofs.json'), 'utf8')).toMatch(/[0-9a-f]{64}/);
  }, 120_000);

  it('refuses a hand-edited document (exit 1, nothing written) unless --force', async () => {
    const root = project();
    expect((await runCreateYolo(root, { date: '2026-01-15', proofCache: false })).exitCode).toBe(0);
    const doc = join(root, 'docs/infrastructure-architecture.md');
    writeFileSync(doc, `${readFileSync(doc, 'utf8')}\nMy own notes.\n`);
    const edited = readFileSync(doc, 'utf8');
    const r = await runCreateYolo(root, { date: '2026-02-01', proofCache: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/edited by hand/);
    expect(readFileSync(doc, 'utf8')).toBe(edited);
    const f = await runCreateYolo(root, { date: '2026-02-01', force: true, proofCache: false });
    expect(f.exitCode).toBe(0);
    expect(readFileSync(doc, 'utf8')).toMatch(/2026-02-01/);
  }, 120_000);

  it('prints the DESIGN.md summary with --json', async () => {
    const r = await runCreateYolo(project(), { date: '2026-01-15', json: true, proofCache: false });
    const s = JSON.parse(r.stdout);
    expect(['complete', 'partial', 'blocked']).toContain(s.status);
    expect(s.document).toBe('docs/infrastructure-architecture.md');
    expect(s.adrs.length).toBeGreaterThan(0);
    const d = s.decisions[0];
    for (const k of ['id', 'domain', 'question', 'choice', 'options', 'rationale', 'evidence', 'assumptions']) expect(d).toHaveProperty(k);
    expect(d.options[0]).toHaveProperty('pros');
    expect(Array.isArray(s.concerns) && Array.isArray(s.openQuestions)).toBe(true);
  }, 120_000);

  it('exits 2 naming the problem when there are no usable documents', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-c-'));
    const r = await runCreateYolo(root, { date: '2026-01-15', proofCache: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/no usable planning documents/);
    expect((await runCreateYolo(join(root, 'missing'), { date: '2026-01-15' })).exitCode).toBe(2);
  });

  it('takes the date from --date or SOURCE_DATE_EPOCH', () => {
    expect(resolveDate('2026-01-15', {})).toEqual({ date: '2026-01-15' });
    expect(resolveDate('2026-02-30', {})).toHaveProperty('error');
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: '1767225600' })).toEqual({ date: '2026-01-01' });
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: 'x' })).toHaveProperty('error');
  });
});
