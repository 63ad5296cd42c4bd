// The composite GitHub Action: its shape, then its shell steps run here in order, as the runner would, on real projects.
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyInputDocs } from '../helpers/copy-inputs.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/infra-arch.js');
const EXAMPLE = join(root, 'examples/tidewater');

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

/** Just enough of the runner's expression language for this action: inputs, step outputs, always(), ==, !=, &&, ||. */
function evaluate(expr: string, ctx: { inputs: Record<string, string>; steps: Record<string, Record<string, string>> }): unknown {
  const js = expr
    .replace(/\bgithub\.action_path\b/g, JSON.stringify(root))
    .replace(/\binputs\.([a-z-]+)/g, (_, k: string) => JSON.stringify(ctx.inputs[k] ?? ''))
    .replace(/\bsteps\.([a-z-]+)\.outputs\.([a-z-]+)/g, (_, s: string, o: string) => JSON.stringify(ctx.steps[s]?.[o] ?? ''))
    .replace(/\balways\(\)/g, 'true')
    .replace(/==/g, '===')
    .replace(/!===/g, '!==');
  return new Function(`return (${js});`)() as unknown;
}
const interpolate = (text: string, ctx: Parameters<typeof evaluate>[1]) =>
  text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => String(evaluate(e, ctx)));

interface RunLog {
  ran: string[];
  exit: number | null;
  outputs: Record<string, Record<string, string>>;
  upload: { sarif: string } | null;
  stdout: string;
}

/** Runs every shell step but the install (the test's checkout is built already) in the workspace folder. */
async function runAction(workspace: string, given: Record<string, string> = {}): Promise<RunLog> {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const ctx = { inputs, steps: {} as Record<string, Record<string, string>> };
  const log: RunLog = { ran: [], exit: 0, outputs: ctx.steps, upload: null, stdout: '' };
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.if !== undefined && !evaluate(step.if, ctx)) continue;
    if (step.uses) {
      if (step.uses.startsWith('github/codeql-action/upload-sarif@')) log.upload = { sarif: interpolate(step.with!.sarif_file, ctx) };
      continue;
    }
    if (step.id === 'install') continue;
    const output = join(workspace, `.github-output-${i}`);
    writeFileSync(output, '');
    const env = {
      ...process.env,
      GITHUB_OUTPUT: output,
      GITHUB_ACTION_PATH: root,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(v, ctx)])),
    };
    const r = await proc('bash', ['-e', '-c', step.run!], { cwd: workspace, env });
    log.ran.push(step.id ?? step.name ?? String(i));
    log.stdout += r.stdout;
    if (step.id)
      ctx.steps[step.id] = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('=', 2) as [string, string]),
      );
    rmSync(output);
    if (r.status !== 0) {
      log.exit = r.status;
      break;
    }
  }
  return log;
}

/** Runs a process without blocking the test worker (a long synchronous call starves its link to vitest). */
function proc(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('close', (status) => res({ status, stdout, stderr }));
  });
}

const dirs: string[] = [];
async function generatedProject(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'infra-arch-action-'));
  dirs.push(dir);
  copyInputDocs(EXAMPLE, dir);
  const r = await proc(process.execPath, [bin, 'create', dir, '--mode', 'yolo', '--date', '2026-01-15']);
  expect(r.status, r.stderr).toBe(0);
  return dir;
}

beforeAll(async () => {
  // The action runs the compiled command; build here too when this file runs alone.
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
}, 300_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the GitHub Action', () => {
  it('is a composite action that builds infra-arch from its own checkout and uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    const install = action.runs.steps.find((s) => s.id === 'install')!;
    expect(install['working-directory']).toBe('${{ github.action_path }}');
    expect(install.run).toMatch(/npm ci\b.*&& npm run build/);
    const scripts = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(scripts).not.toMatch(/\bnpx\b|npm (install|i)\b/);
    // Inputs reach the scripts through env, never pasted into the script text.
    expect(scripts).not.toContain('${{');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it('passes on a document in step with its inputs, writing a SARIF report to upload', async () => {
    const dir = await generatedProject();
    const r = await runAction(dir);
    expect(r.exit).toBe(0);
    expect(r.ran).toEqual(['check', 'validate', 'Fail when check or validate failed']);
    expect(r.outputs.check['exit-code']).toBe('0');
    expect(r.outputs.validate['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(join(dir, 'infra-arch.sarif'), 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('infra-arch');
    expect(r.upload).toEqual({ sarif: 'infra-arch.sarif' });
  });

  it('fails when a planning document changed, still uploading the report', async () => {
    const dir = await generatedProject();
    appendFileSync(join(dir, 'docs/prd.md'), '\n## A late requirement\n\nThe API must also run in eu-central-1.\n');
    const r = await runAction(dir);
    expect(r.outputs.check['exit-code']).toBe('1');
    expect(r.exit).toBe(1);
    expect(r.stdout).toContain('::error::infra-arch check exited 1');
    expect(r.upload).not.toBeNull();
  });

  it('skips check when told, and uploads nothing when the document is missing', async () => {
    const dir = await generatedProject();
    const r = await runAction(dir, { check: 'false', document: 'docs/no-such-document.md' });
    expect(r.ran).not.toContain('check');
    expect(r.outputs.validate['exit-code']).toBe('2');
    expect(existsSync(join(dir, 'infra-arch.sarif'))).toBe(false);
    expect(r.upload).toBeNull();
    expect(r.exit).toBe(1);
  });
});
