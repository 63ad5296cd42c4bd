// One writer per project: `.infra-arch/lock` holds the writer's pid, taken atomically (O_EXCL), freed on exit, taken over when stale.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { pidAlive } from './atomic-write.js';
import { resolveInsideProject } from './project-paths.js';

export const LOCK_PATH = '.infra-arch/lock';

/** Another live process holds the lock; the message says which and what to do. */
export class LockBusyError extends Error {
  constructor(
    readonly holder: number,
    message: string,
  ) {
    super(message);
    this.name = 'LockBusyError';
  }
}

const held = new Set<string>();
let exitHook = false;

function readPid(full: string): number | null {
  try {
    const n = Number(readFileSync(full, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function tryCreate(full: string): boolean {
  let fd: number;
  try {
    fd = openSync(full, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Moves a dead holder's lock aside (only one process wins the rename) and puts a live one back. */
function clearStale(full: string): void {
  const aside = `${full}.stale.${process.pid}`;
  try {
    renameSync(full, aside);
  } catch {
    return;
  }
  const pid = readPid(aside);
  if (pid !== null && pidAlive(pid)) {
    try {
      linkSync(aside, full);
    } catch {
      // someone took the lock meanwhile; theirs stands
    }
  }
  rmSync(aside, { force: true });
}

function ageMs(full: string): number {
  try {
    return Date.now() - statSync(full).mtimeMs;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the project's lock, waiting up to `waitMs` for a live holder to finish. Returns the release function;
 * the lock is also released when the process exits (including through a signal handler's exit).
 */
export async function acquireLock(
  root: string,
  opts: { waitMs?: number; shown?: string; onWait?: (holder: number) => void } = {},
): Promise<() => void> {
  const full = resolveInsideProject(root, LOCK_PATH);
  mkdirSync(dirname(full), { recursive: true });
  const deadline = opts.waitMs ?? 3000;
  let waited = 0;
  for (;;) {
    if (tryCreate(full)) break;
    const pid = readPid(full);
    if (pid === process.pid) break;
    // An empty lock is one being written right now, unless it is old (its writer died between open and write).
    if ((pid !== null && !pidAlive(pid)) || (pid === null && ageMs(full) > 2000)) {
      clearStale(full);
      continue;
    }
    if (waited >= deadline) {
      throw new LockBusyError(
        pid ?? 0,
        `another infra-arch run (pid ${pid}) is writing ${opts.shown ?? root}; wait for it to finish and run again (if no such process runs, delete ${LOCK_PATH})`,
      );
    }
    if (waited === 0) opts.onWait?.(pid ?? 0);
    await sleep(100);
    waited += 100;
  }
  held.add(full);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', releaseAll);
  }
  return () => release(full);
}

/** Takes the lock only if it is free (or stale) right now; null when another live run holds it. */
export function tryLockSync(root: string): (() => void) | null {
  const full = resolveInsideProject(root, LOCK_PATH);
  mkdirSync(dirname(full), { recursive: true });
  if (!tryCreate(full)) {
    const pid = readPid(full);
    if (pid === null || pidAlive(pid)) return null;
    clearStale(full);
    if (!tryCreate(full)) return null;
  }
  held.add(full);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', releaseAll);
  }
  return () => release(full);
}

function release(full: string): void {
  if (!held.delete(full)) return;
  if (readPid(full) === process.pid) rmSync(full, { force: true });
}

/** Frees every lock this process holds. */
export function releaseAll(): void {
  for (const full of [...held]) release(full);
}
