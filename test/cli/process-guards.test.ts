// Pipes, signals and a second writer, through real child processes: a closed stdout, SIGINT/SIGTERM, two creates at once.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyInputDocs } from '../helpers/copy-inputs.js';
import { ensureBuilt, finished, ROOT, runCli, startCli } from './built-cli.js';

const example = join(ROOT, 'examples/tidewater');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ia-proc-'));
  copyInputDocs(example, dir);
  return dir;
}

/** Resolves once the child has written `text` to stderr. */
const saidOnStderr = (child: ReturnType<typeof startCli>, text: string) =>
  new Promise<void>((res) => {
    let seen = '';
    child.stderr!.on('data', (d) => {
      seen += d;
      if (seen.includes(text)) res();
    });
  });

describe('pipes and signals', () => {
  beforeAll(() => ensureBuilt());

  it('ends quietly with exit 0 when the reader closes stdout (analyze --json | head -1)', async () => {
    const child = startCli(['analyze', example, '--json', '--decisions']);
    child.stdout!.once('data', () => child.stdout!.destroy());
    const r = await finished(child);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('exits %s with %i and one line saying how to go on, naming the project', async (signal, code) => {
    const dir = project();
    // Hold the project's lock as a live process (this one), so the child waits where we can reach it.
    mkdirSync(join(dir, '.infra-arch'));
    writeFileSync(join(dir, '.infra-arch/lock'), `${process.pid}\n`);
    const child = startCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15'], { INFRA_ARCH_NO_CACHE: '1' });
    const done = finished(child);
    await saidOnStderr(child, 'waiting for another run');
    child.kill(signal);
    const r = await done;
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`infra-arch: interrupted; nothing was half-written; run "infra-arch create ${dir}" again`);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(dir, '.infra-arch/lock'), 'utf8')).toBe(`${process.pid}\n`);
    expect(readdirSync(join(dir, 'docs')).filter((f) => f.includes('infrastructure-architecture'))).toEqual([]);
  });

  it('refuses a second writer with a clear message while a live one holds the project', () => {
    const dir = project();
    mkdirSync(join(dir, '.infra-arch'));
    writeFileSync(join(dir, '.infra-arch/lock'), `${process.pid}\n`);
    const r = runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`another infra-arch run (pid ${process.pid}) is writing ${dir}`);
    // A lock left by a dead process is taken over.
    writeFileSync(join(dir, '.infra-arch/lock'), '999999999\n');
    const again = runCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']);
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(join(dir, '.infra-arch'))).not.toContain('lock');
  });

  it("two creates at once: each waits or refuses, and the set left is one run's, whole", async () => {
    const dir = project();
    const a = finished(startCli(['create', dir, '--mode', 'yolo', '--date', '2026-01-15']));
    const b = finished(startCli(['create', dir, '--mode', 'yolo', '--date', '2026-02-20']));
    const results = await Promise.all([a, b]);
    for (const r of results) {
      expect(r.stderr).not.toMatch(STACK);
      if (r.code !== 0) {
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('another infra-arch run');
      }
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    const check = runCli(['check', dir]);
    expect(check.status, check.stderr).toBe(0);
    const doc = readFileSync(join(dir, 'docs/infrastructure-architecture.md'), 'utf8');
    const date = doc.includes('2026-02-20') ? '2026-02-20' : '2026-01-15';
    for (const f of readdirSync(join(dir, 'docs/adr'))) expect(readFileSync(join(dir, 'docs/adr', f), 'utf8'), f).toContain(date);
    expect(readdirSync(join(dir, '.infra-arch')).filter((f) => f === 'lock' || f.startsWith('staging'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
