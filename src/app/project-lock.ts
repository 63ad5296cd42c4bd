// Runs a command that writes into a project while holding that project's lock (one writer at a time).
import { statSync } from 'node:fs';
import { LockBusyError, acquireLock } from '../io/output-lock.js';
import { ProjectPathError } from '../io/project-paths.js';
import { describeFsError, isFsError } from '../io/fs-errors.js';
import type { RunResult } from './run-result.js';

/** How long a second run waits for the first before refusing. */
export const LOCK_WAIT_MS = 5000;

export async function withProjectLock<T extends RunResult>(
  dir: string,
  run: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
): Promise<T | RunResult> {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  // A missing project is reported by the run itself, with the usual message; there is nothing to lock.
  if (!isDir) return run();
  let release: () => void;
  try {
    // Said at once (not with the result): the person sees why nothing happens for a few seconds.
    const onWait = (pid: number) => process.stderr.write(`infra-arch: waiting for another run (pid ${pid}) to finish with ${dir}…\n`);
    release = await acquireLock(dir, { waitMs, shown: dir, onWait });
  } catch (err) {
    if (err instanceof LockBusyError || err instanceof ProjectPathError)
      return { exitCode: 2, stdout: '', stderr: `infra-arch: ${err.message}\n` };
    if (isFsError(err)) return { exitCode: 2, stdout: '', stderr: `infra-arch: ${describeFsError(err, dir)}\n` };
    throw err;
  }
  try {
    return await run();
  } finally {
    release();
  }
}
