// CLI hygiene: examples in every --help, real flags and the project folder in suggestions, the cache switch, clear failures.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyInputDocs } from '../helpers/copy-inputs.js';
import { ensureBuilt, ROOT, runCli } from './built-cli.js';

const example = join(ROOT, 'examples/tidewater');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ia-hyg-'));
  copyInputDocs(example, dir);
  return dir;
}

describe('CLI hygiene', () => {
  beforeAll(() => ensureBuilt());

  it("ends every command's --help with examples", () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain('Examples:');
    const commands = [...help.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    for (const c of commands)
      expect(runCli([c, '--help']).stdout, c).toMatch(new RegExp(`Examples:\\n {2}\\$ (?:\\w+=\\S+ )?infra-arch ${c}`));
  });

  it('suggests only flags that exist, with the project folder', () => {
    const dir = project();
    const r = runCli(['resume', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('--mode');
    const fresh = runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']);
    expect(fresh.status, fresh.stderr).toBe(0);
    writeFileSync(join(dir, 'docs/infrastructure-architecture.md'), '# mine\n');
    const check = runCli(['check', dir]);
    expect(check.stderr).toContain(`infra-arch create ${dir} --force`);
  });

  it('--no-cache writes no cache; cache path and cache clear report and empty it', () => {
    const cache = mkdtempSync(join(tmpdir(), 'ia-hyg-cache-'));
    const env = { INFRA_ARCH_CACHE_DIR: cache };
    const dir = project();
    expect(runCli(['analyze', dir, '--no-cache'], env).status).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
    expect(runCli(['analyze', dir], env).status).toBe(0);
    expect(readdirSync(cache).some((n) => n.startsWith('parsed-'))).toBe(true);
    expect(runCli(['cache', 'path'], env).stdout).toContain(cache);
    writeFileSync(join(cache, 'unrelated.txt'), 'not ours\n');
    const cleared = runCli(['cache', 'clear'], env);
    expect(cleared.status).toBe(0);
    expect(readdirSync(cache)).toEqual(['unrelated.txt']);
  });

  it('--quiet prints nothing on success', () => {
    const dir = project();
    const r = runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(runCli(['check', dir, '-q']).stdout).toBe('');
  });

  it('validate --project says what it compared when it passes', () => {
    const dir = project();
    expect(runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']).status).toBe(0);
    const r = runCli(['validate', join(dir, 'docs/infrastructure-architecture.md'), '--project', dir]);
    expect(r.stdout).toMatch(/consistency: compared with \d+ planning document\(s\) in .+: \d+ committed choice\(s\)/);
  });

  it.each([
    [
      'a symlinked docs/adr leading out of the project',
      (dir: string) => {
        mkdirSync(join(dir, 'docs'), { recursive: true });
        symlinkSync(mkdtempSync(join(tmpdir(), 'ia-out-')), join(dir, 'docs/adr'));
      },
      /docs\/adr is a symbolic link to .+, outside the project/,
    ],
    [
      'a folder where the model goes',
      (dir: string) => mkdirSync(join(dir, '.infra-arch/model.json'), { recursive: true }),
      /\.infra-arch\/model\.json is a folder where infra-arch writes a file/,
    ],
  ])('exits 2 naming the path for %s', (_what, arrange, message) => {
    const dir = project();
    arrange(dir);
    const r = runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/unexpected error|STACK/);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'docs/infrastructure-architecture.md'))).toBe(false);
  });

  it('rejects a huge SOURCE_DATE_EPOCH with a clear message', () => {
    const r = runCli(['create', project(), '--mode', 'yolo'], { SOURCE_DATE_EPOCH: '99999999999999999999' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH must be whole seconds since 1970');
    expect(r.stderr).not.toContain('unexpected error');
  });
});
