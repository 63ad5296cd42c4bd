// A full or read-only device mid-write: exit 2 with one line naming the output and what to do; the old set stays whole.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { DATE, readDoc, scratchProject } from '../app/incremental-helpers.js';

// As root (CI containers), chmod cannot make a folder read-only and no test may fill a real disk, so the file system
// fails on demand: writes whose target lies under `failing.root` throw the chosen error code.
const failing = vi.hoisted(() => ({ root: '', code: '', onOpen: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const open = new Map<number, string>();
  const fail = () => Object.assign(new Error(`${failing.code}: simulated`), { code: failing.code, syscall: 'write' });
  const openSync = ((path: string, flags: string, ...rest: unknown[]) => {
    const p = String(path);
    if (failing.root && failing.onOpen && p.startsWith(failing.root) && flags === 'w')
      throw Object.assign(fail(), { path: p, syscall: 'open' });
    const fd = (real.openSync as (...a: unknown[]) => number)(path, flags, ...rest);
    open.set(fd, p);
    return fd;
  }) as typeof real.openSync;
  const writeFileSync = ((target: unknown, ...rest: unknown[]) => {
    const p = typeof target === 'number' ? (open.get(target) ?? '') : String(target);
    if (failing.root && !failing.onOpen && p.startsWith(failing.root)) throw fail();
    return (real.writeFileSync as (...a: unknown[]) => void)(target, ...rest);
  }) as typeof real.writeFileSync;
  const mocked = { ...real, openSync, writeFileSync };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  failing.root = '';
});

/** Every file under a folder, relative, for "nothing else changed". */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tree(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

describe('writing the outputs on a device that fails', () => {
  it.each([
    ['ENOSPC', false, /device is full: free some space/],
    ['EROFS', true, /read-only: run infra-arch on a writable copy/],
    ['EIO', false, /I\/O error: check the disk/],
  ])('%s: exit 2, names the output file, no stack trace, the earlier set intact, nothing staged left', async (code, onOpen, advice) => {
    const dir = scratchProject();
    const first = await runCreateYolo(dir, { date: DATE, proofCache: false });
    expect(first.exitCode, first.stderr).toBe(0);
    const before = readDoc(dir);
    const files = tree(dir).sort();
    const prd = join(dir, 'docs/prd.md');
    writeFileSync(prd, `${readFileSync(prd, 'utf8')}\n\nThe platform must keep an audit log for seven years.\n`);

    Object.assign(failing, { root: dir, code, onOpen });
    const r = await runCreateYolo(dir, { date: DATE, proofCache: false });
    failing.root = '';

    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`cannot write (docs|\\.infra-arch)/[^ ]+ \\(${code}\\)`));
    expect(r.stderr).not.toMatch(/staging-|\.tmp\b|unexpected error|\n\s+at /);
    expect(r.stderr).toMatch(advice);
    expect(readDoc(dir)).toBe(before);
    expect(tree(dir).sort()).toEqual(files);
    expect(existsSync(join(dir, '.infra-arch/commit.json'))).toBe(false);
  });
});
