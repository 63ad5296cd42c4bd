// Packs the tarball, installs it globally into a temporary prefix, then runs the command and the library API from there.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work = '';
let prefix = '';
let tarball = '';
// Installs run asynchronously: a blocking call of a minute or more starves the test worker's link to vitest.
const run = promisify(execFile);
const quiet = { encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024 };

/** Where a global install puts packages and commands under a prefix (POSIX layout). */
const libDir = () => join(prefix, 'lib');

describe('the npm package', () => {
  beforeAll(async () => {
    // dist/ is built by `npm test`; build here too when this file runs alone. Packing skips `prepare` so the
    // build is not rerun under other tests that are reading dist/.
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { ...quiet, cwd: root });
    work = mkdtempSync(join(tmpdir(), 'infra-arch-pack-'));
    prefix = join(work, 'prefix');
    await run(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { ...quiet, cwd: root });
    tarball = join(
      work,
      readdirSync(work).find((f) => f.endsWith('.tgz'))!,
    );
    // Dependencies come from the npm cache that `npm ci` filled; the registry is only asked for what is missing.
    await run(npm, ['install', '-g', '--prefix', prefix, tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      ...quiet,
      cwd: work,
    });
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the compiled code, its types and the command, and none of the sources or tests', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const f of [
      'package/bin/infra-arch.js',
      'package/dist/cli/main.js',
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/README.md',
      'package/skills/bmad-infrastructure-architecture/SKILL.md',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('puts a working infra-arch command on the PATH of the prefix', () => {
    const bin = join(prefix, 'bin', 'infra-arch');
    expect(existsSync(bin)).toBe(true);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stderr).toBe('');
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);

    const project = join(work, 'project');
    cpSync(join(root, 'test/fixtures/mini-project'), project, { recursive: true });
    const analyzed = spawnSync(bin, ['analyze', project, '--json'], { encoding: 'utf8' });
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(Object.keys(JSON.parse(analyzed.stdout).profile)).toContain('cloudProviders');

    // The installed command finds the skill it ships.
    const init = spawnSync(bin, ['init', project, '--bmad', '--host', 'claude-code'], { encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(join(project, '.claude/skills/bmad-infrastructure-architecture/SKILL.md'), 'utf8')).toMatch(
      /^---\nname: bmad-infrastructure-architecture\n/,
    );
  });

  it('serves the library API from the package name, with its types', () => {
    const project = join(work, 'api-project');
    cpSync(join(root, 'test/fixtures/mini-project'), project, { recursive: true });
    // A script beside lib/node_modules resolves `infra-arch` the way a dependent project does.
    const script = join(libDir(), 'use-api.mjs');
    writeFileSync(
      script,
      `
import { analyze, decide, review, render, validate, readProject, explain } from 'infra-arch';
const input = readProject(process.argv[2]);
const { profile } = analyze(input);
const decisions = decide(profile);
const { concerns } = review(profile, decisions);
const built = render(input, { date: '2026-01-15' });
const doc = built.files.find((f) => f.kind === 'document');
const report = await validate(doc.content);
console.log(JSON.stringify({
  docs: input.docs.length, decisions: decisions.length, concerns: concerns.length, files: built.files.length,
  mermaid: report.summary.mermaid, explained: explain('cloud.primary-platform') !== null,
}));
`,
    );
    const r = spawnSync(process.execPath, [script, project], { encoding: 'utf8', cwd: libDir() });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      docs: number;
      decisions: number;
      files: number;
      mermaid: { blocks: number; checked: boolean; failed: number };
      explained: boolean;
    };
    expect(out.docs).toBe(2);
    expect(out.decisions).toBeGreaterThan(10);
    expect(out.files).toBeGreaterThan(3);
    expect(out.mermaid).toMatchObject({ checked: true, failed: 0 });
    expect(out.mermaid.blocks).toBeGreaterThan(0);
    expect(out.explained).toBe(true);

    // The published types type-check a consumer in strict mode, and deep imports stay closed.
    const consumer = join(libDir(), 'consumer.ts');
    writeFileSync(
      consumer,
      `
import { analyze, decide, type Decision } from 'infra-arch';
const ds: Decision[] = decide(analyze('.').profile, { priorities: ['cost'] });
const first: string = ds[0].choice;
export { first };
`,
    );
    writeFileSync(
      join(libDir(), 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] },
        files: ['consumer.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', libDir()], {
      encoding: 'utf8',
      cwd: libDir(),
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const deep = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('infra-arch/dist/cli/main.js')"], {
      encoding: 'utf8',
      cwd: libDir(),
    });
    expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('a git install', () => {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  // Installs the committed HEAD (not uncommitted edits): npm clones it, installs its devDependencies and runs `prepare`.
  it.skipIf(head.status !== 0)(
    'builds dist/ through prepare and gives a working command',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'infra-arch-git-'));
      try {
        writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
        await run(
          npm,
          ['install', `git+file://${root}#${head.stdout.trim()}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
          { ...quiet, cwd: dir },
        );
        expect(existsSync(join(dir, 'node_modules/infra-arch/dist/cli/main.js'))).toBe(true);
        const r = spawnSync(join(dir, 'node_modules/.bin/infra-arch'), ['--version'], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
