// kill -9 at pseudo-random moments during create: the document is always one run's complete text, and the set is whole after recovery.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyInputDocs } from '../helpers/copy-inputs.js';
import { ensureBuilt, finished, ROOT, runCli, startCli } from './built-cli.js';

const example = join(ROOT, 'examples/tidewater');
const DATES = ['2026-01-15', '2026-02-20'];
const ITERATIONS = 8;

/** A fixed pseudo-random sequence (LCG), so a failure replays with the same kill moments. */
function delays(seed: number, n: number, maxMs: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(x % maxMs);
  }
  return out;
}

describe('create killed with SIGKILL', () => {
  const cache = mkdtempSync(join(tmpdir(), 'ia-kill-cache-'));
  const env = { INFRA_ARCH_CACHE_DIR: cache };
  const reference: Record<string, string> = {};

  beforeAll(() => {
    ensureBuilt();
    for (const date of DATES) {
      const dir = mkdtempSync(join(tmpdir(), 'ia-kill-ref-'));
      copyInputDocs(example, dir);
      const r = runCli(['create', dir, '--mode', 'yolo', '--date', date], env);
      expect(r.status, r.stderr).toBe(0);
      reference[date] = readFileSync(join(dir, 'docs/infrastructure-architecture.md'), 'utf8');
    }
  });

  it('never leaves a torn document or a mixed set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-kill-'));
    copyInputDocs(example, dir);
    expect(runCli(['create', dir, '--mode', 'yolo', '--date', DATES[0]], env).status).toBe(0);
    const doc = join(dir, 'docs/infrastructure-architecture.md');
    for (const [i, delay] of delays(20261201, ITERATIONS, 2500).entries()) {
      const child = startCli(['create', dir, '--mode', 'yolo', '--date', DATES[(i + 1) % 2]], env);
      const done = finished(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await done;
      clearTimeout(timer);
      const text = readFileSync(doc, 'utf8');
      expect([reference[DATES[0]], reference[DATES[1]]], `iteration ${i}, kill after ${delay} ms`).toContain(text);
      // check completes a committed set first; then the record, the document and every ADR agree.
      const check = runCli(['check', dir], env);
      expect(check.status, `iteration ${i}: ${check.stderr}`).toBe(0);
      const date = readFileSync(doc, 'utf8') === reference[DATES[0]] ? DATES[0] : DATES[1];
      for (const f of readdirSync(join(dir, 'docs/adr')))
        expect(readFileSync(join(dir, 'docs/adr', f), 'utf8'), `iteration ${i}: ${f}`).toContain(date);
    }
    // The next run cleans whatever the killed ones left: no staging folder, no temp file, no journal.
    expect(runCli(['create', dir, '--mode', 'yolo', '--date', DATES[0]], env).status).toBe(0);
    const left = [...readdirSync(join(dir, '.infra-arch')), ...readdirSync(join(dir, 'docs')), ...readdirSync(join(dir, 'docs/adr'))];
    expect(left.filter((f) => f.startsWith('staging') || f.endsWith('.tmp') || f === 'commit.json' || f === 'lock')).toEqual([]);
  });
});
