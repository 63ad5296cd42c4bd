import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-cli.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/infra-arch.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

describe('infra-arch CLI', () => {
  beforeAll(() => {
    // The CLI runs from dist/; `npm test` builds first, and a run of this file alone builds when a source is newer.
    ensureBuilt();
  });

  it('prints its version and help for every command', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run('--help');
    expect(help.status).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const c of commands) {
      const r = run(c, '--help');
      expect(r.status, c).toBe(0);
      expect(r.stdout, c).toContain(`Usage: infra-arch ${c}`);
      // Every command shows how it is used, on a project folder.
      expect(r.stdout, c).toMatch(new RegExp(`Examples:\\n {2}\\$ infra-arch ${c}\\b`));
    }
  });

  /** The example's generated document with its ADRs in a fresh project folder: no errors, some warnings (its evidence links point at planning documents left behind). */
  function generatedDocument(edit: (text: string) => string = (t) => t): string {
    const dir = mkdtempSync(join(tmpdir(), 'ia-maxw-'));
    const snap = join(root, 'test/app/__snapshots__/tidewater');
    mkdirSync(join(dir, 'docs/adr'), { recursive: true });
    for (const f of readdirSync(join(snap, 'adr'))) copyFileSync(join(snap, 'adr', f), join(dir, 'docs/adr', f));
    const doc = join(dir, 'docs/infrastructure-architecture.md');
    writeFileSync(doc, edit(readFileSync(join(snap, 'infrastructure-architecture.md'), 'utf8')));
    return doc;
  }

  it('validate --max-warnings: exit 0 at or under the limit, 1 past it, 2 for a non-number', () => {
    const doc = generatedDocument();
    const plain = run('validate', doc);
    expect(plain.status).toBe(0);
    const warnings = Number(/(\d+) warning\(s\)/.exec(plain.stdout)![1]);
    expect(warnings).toBeGreaterThan(0);
    for (const [limit, status] of [
      [warnings + 1, 0],
      [warnings, 0],
      [warnings - 1, 1],
      [0, 1],
    ] as const) {
      const r = run('validate', doc, '--max-warnings', String(limit));
      expect(r.status, `--max-warnings ${limit}`).toBe(status);
      expect(r.stdout.includes('too many warnings'), `--max-warnings ${limit}`).toBe(status === 1);
    }
    expect(run('validate', doc, '--max-warnings', 'many').status).toBe(2);
    expect(run('validate', doc, '--max-warnings', '-1').status).toBe(2);
  });

  it('validate exits 1 on a placeholder in a document marked final, whatever --max-warnings allows', () => {
    const mark = (t: string) => t.replace(/^\*\*Status: [A-Z]+\*\*.*$/m, '**Status: COMPLETE** — approved.');
    expect(run('validate', generatedDocument(mark), '--max-warnings', '100000').status).toBe(0);
    const r = run(
      'validate',
      generatedDocument((t) => mark(t).replace('## Overview\n', '## Overview\n\nThe budget owner is TBD.\n')),
      '--max-warnings',
      '100000',
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error\s+doc-placeholder/);
  });

  it('exits 2 on an unknown command or option', () => {
    expect(run('frobnicate').status).toBe(2);
    expect(run('analyze', '--no-such-flag').status).toBe(2);
  });

  it('exits 2 with a message naming the folder when the project is missing', () => {
    const r = run('analyze', '/no/such/project');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/no/such/project');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 naming each unusable file when nothing usable is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-cli-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/prd.md'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'docs/architecture.md'), '');
    const r = run('analyze', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('docs/prd.md');
    expect(r.stderr).toContain('docs/architecture.md');
  });

  it('prints the contract JSON for analyze --json', () => {
    const r = run('analyze', join(root, 'test/fixtures/mini-project'), '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const k of [
      'cloudProviders',
      'architectureStyle',
      'repositoryStrategy',
      'dataStores',
      'compute',
      'iacTools',
      'ciCd',
      'compliance',
      'availabilityTarget',
      'rto',
      'rpo',
      'regions',
      'languages',
      'frameworks',
    ]) {
      expect(out.profile, k).toHaveProperty(k);
    }
  });
});
