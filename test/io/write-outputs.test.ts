// writeOutputs: atomic writes, fingerprints, refusal on hand edits, --force, removal of stale outputs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINGERPRINTS_PATH, readRecord, sha256, writeOutputs, type GeneratedFile } from '../../src/io/write-outputs.js';

const files = (v: string): GeneratedFile[] => [
  { path: 'docs/infrastructure-architecture.md', content: `# Doc ${v}\n`, kind: 'document' },
  { path: 'docs/adr/0001-a.md', content: `ADR ${v}\n`, kind: 'adr' },
  { path: '.infra-arch/model.json', content: `{"v":"${v}"}\n`, kind: 'model' },
];
const opts = { inputs: { 'docs/prd.md': 'a'.repeat(64) } };

describe('writeOutputs', () => {
  it('writes files and a fingerprint record, then leaves identical files alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-w-'));
    const r1 = writeOutputs(root, files('1'), opts);
    expect(r1.ok).toBe(true);
    expect(r1.written).toHaveLength(3);
    const rec = readRecord(root)!;
    expect(rec.document).toBe(sha256('# Doc 1\n'));
    expect(rec.outputs['docs/adr/0001-a.md']).toBe(sha256('ADR 1\n'));
    expect(rec.inputs).toEqual(opts.inputs);
    const r2 = writeOutputs(root, files('1'), opts);
    expect(r2.written).toEqual([]);
    expect(r2.unchanged).toHaveLength(3);
    expect(readdirSync(join(root, 'docs')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('replaces its own earlier output but refuses a hand-edited document, writing nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-w-'));
    writeOutputs(root, files('1'), opts);
    expect(writeOutputs(root, files('2'), opts).ok).toBe(true);
    writeFileSync(join(root, 'docs/infrastructure-architecture.md'), '# Doc 2\nmy notes\n');
    const before = readFileSync(join(root, FINGERPRINTS_PATH), 'utf8');
    const r = writeOutputs(root, files('3'), opts);
    expect(r.ok).toBe(false);
    expect(r.refused.map((x) => x.path)).toEqual(['docs/infrastructure-architecture.md']);
    expect(readFileSync(join(root, 'docs/adr/0001-a.md'), 'utf8')).toBe('ADR 2\n');
    expect(readFileSync(join(root, FINGERPRINTS_PATH), 'utf8')).toBe(before);
    const forced = writeOutputs(root, files('3'), { ...opts, force: true });
    expect(forced.ok).toBe(true);
    expect(readFileSync(join(root, 'docs/infrastructure-architecture.md'), 'utf8')).toBe('# Doc 3\n');
  });

  it('refuses to overwrite a document it did not write', () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-w-'));
    writeFileSync(join(root, 'x'), '');
    const doc = join(root, 'docs');
    mkdirSync(doc, { recursive: true });
    writeFileSync(join(doc, 'infrastructure-architecture.md'), '# written by a person\n');
    const r = writeOutputs(root, files('1'), opts);
    expect(r.ok).toBe(false);
    expect(r.refused[0].reason).toMatch(/not written by infra-arch/);
  });

  it('removes stale outputs it wrote earlier, keeps edited ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-w-'));
    writeOutputs(
      root,
      [
        ...files('1'),
        { path: 'docs/adr/0002-b.md', content: 'B\n', kind: 'adr' },
        { path: 'docs/adr/0003-c.md', content: 'C\n', kind: 'adr' },
      ],
      opts,
    );
    writeFileSync(join(root, 'docs/adr/0003-c.md'), 'C edited\n');
    const r = writeOutputs(root, files('1'), opts);
    expect(r.removed).toEqual(['docs/adr/0002-b.md']);
    expect(r.kept).toEqual(['docs/adr/0003-c.md']);
    expect(existsSync(join(root, 'docs/adr/0002-b.md'))).toBe(false);
  });
});
