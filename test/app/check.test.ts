import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { copyInputDocs } from '../helpers/copy-inputs.js';

const example = resolve(__dirname, '../../examples/tidewater');

describe('check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ia-check-'));
    copyInputDocs(example, dir);
    const r = await runCreateYolo(dir, { date: '2026-01-15', proofCache: false });
    expect(r.exitCode).toBe(0);
  });

  it('exits 0 right after create', () => {
    const r = runCheck(dir);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('up to date');
  });

  it('exits 1 naming an edited input and what it feeds', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ia-check-'));
    cpSync(dir, copy, { recursive: true });
    appendFileSync(join(copy, 'docs/prd.md'), '\nNFR99: a new requirement.\n');
    const r = runCheck(copy);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('changed: docs/prd.md');
    expect(r.stderr).toMatch(/sections fed by the changed inputs: .+/);
    const json = JSON.parse(runCheck(copy, { json: true }).stdout);
    expect(json).toMatchObject({ ok: false, changedInputs: ['docs/prd.md'] });
  });

  it('exits 1 saying the document was edited by hand', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ia-check-'));
    cpSync(dir, copy, { recursive: true });
    appendFileSync(join(copy, 'docs/infrastructure-architecture.md'), '\nA hand-written note.\n');
    const r = runCheck(copy);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('edited by hand');
  });

  it('exits 1 when a new input appears, and 1 when there is no record yet', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ia-check-'));
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'docs/infrastructure/network.md'), '# Network rules\n\nNo public IPs.\n');
    expect(runCheck(copy).stderr).toContain('added:   docs/infrastructure/network.md');
    const fresh = mkdtempSync(join(tmpdir(), 'ia-check-'));
    copyInputDocs(example, fresh);
    expect(runCheck(fresh).exitCode).toBe(1);
  });

  it('exits 2 for a missing project', () => {
    expect(runCheck('/no/such/dir').exitCode).toBe(2);
  });
});

describe('check after edits that are not edits, and edits that are', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ia-check2-'));
    copyInputDocs(example, dir);
    expect((await runCreateYolo(dir, { date: '2026-01-15', proofCache: false })).exitCode).toBe(0);
  });

  it('agrees with create that a CRLF checkout with a BOM is no edit', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'ia-check2-'));
    cpSync(dir, copy, { recursive: true });
    for (const f of ['docs/infrastructure-architecture.md', 'docs/prd.md']) {
      writeFileSync(join(copy, f), `\uFEFF${readFileSync(join(copy, f), 'utf8').replace(/\n/g, '\r\n')}`);
    }
    expect(runCheck(copy).exitCode).toBe(0);
    expect((await runCreateYolo(copy, { date: '2026-01-15', proofCache: false })).exitCode).toBe(0);
  });

  it('shows which lines were edited', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ia-check2-'));
    cpSync(dir, copy, { recursive: true });
    const doc = join(copy, 'docs/infrastructure-architecture.md');
    const lines = readFileSync(doc, 'utf8').split('\n');
    lines.splice(10, 1, 'A sentence a person wrote.');
    writeFileSync(doc, lines.join('\n'));
    const r = runCheck(copy);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('edited lines');
    expect(r.stderr).toContain('@@ line 11 @@');
    expect(r.stderr).toContain('+ A sentence a person wrote.');
    expect(JSON.parse(runCheck(copy, { json: true }).stdout).documentDiff).toContain('+ A sentence a person wrote.');
  });
});
