// validateFile at the edge: bad input exits 2 with a message naming the file; good input formats and exits 0/1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from '../../src/io/validate-file.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'infra-arch-validate-'));
  mkdirSync(join(dir, 'docs', 'adr'), { recursive: true });
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'docs', 'adr', '0001-use-aws.md'), '# ADR 1\n');
  writeFileSync(
    join(dir, 'docs', 'infrastructure-architecture.md'),
    '# Infra\n\n## Overview\n\nRuns on AWS.\n\n- [ADR-0001](adr/0001-use-aws.md)\n- [ADR-0002](adr/0002-missing.md)\n\n```mermaid\ngraph TD\n  A --> B\n```\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateFile', () => {
  it.each([
    ['missing.md', /not found/],
    ['empty.md', /empty/],
    ['binary.md', /binary/],
    ['latin1.md', /UTF-8/],
  ])('%s → exit 2 with a message naming the file', async (name, why) => {
    const r = await validateFile(join(dir, name), { format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.output).toContain(name);
    expect(r.output).toMatch(why);
    expect(r.output).toContain('what to do');
  });

  it('exits 2 for a folder', async () => {
    const r = await validateFile(dir, { format: 'json' });
    expect(r.exitCode).toBe(2);
  });

  it('validates a document, checks linked ADR files and formats JSON', async () => {
    const r = await validateFile(join(dir, 'docs', 'infrastructure-architecture.md'), { format: 'json' });
    const j = JSON.parse(r.output);
    expect(r.exitCode).toBe(1);
    const ids = j.findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('adr-file-missing');
    expect(j.findings.filter((f: { id: string }) => f.id === 'adr-file-missing')).toHaveLength(1);
    expect(ids).not.toContain('mermaid-syntax-error');
    expect(j.summary.mermaid).toEqual({ blocks: 1, checked: true, failed: 0 });
  });

  it('formats SARIF and text', async () => {
    const doc = join(dir, 'docs', 'infrastructure-architecture.md');
    const sarif = JSON.parse((await validateFile(doc, { format: 'sarif' })).output);
    expect(sarif.version).toBe('2.1.0');
    expect((await validateFile(doc, { format: 'text' })).output).toMatch(/coverage: \d+\/\d+/);
  });

  it('exits 2 when --project points nowhere', async () => {
    const r = await validateFile(join(dir, 'docs', 'infrastructure-architecture.md'), { format: 'text', projectDir: join(dir, 'nope') });
    expect(r.exitCode).toBe(2);
    expect(r.output).toContain('nope');
  });
});
