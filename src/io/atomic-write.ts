// One file written whole or not at all: temp file in the same folder, flushed to disk, then renamed.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temp-file name pattern (`.<name>.<pid>.tmp`), so a later run can clean what a crashed one left. */
export const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

/** Temp file in the same folder, flushed to disk, then renamed: readers never see half a file, and a crash loses at most this write. */
export function writeAtomic(full: string, content: string | Buffer): void {
  mkdirSync(dirname(full), { recursive: true });
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    writeDurable(tmp, content);
    renameSync(tmp, full);
  } catch (err) {
    rmSync(tmp, { force: true });
    // Name the file being replaced, not its temporary copy.
    if (err instanceof Error && (err as NodeJS.ErrnoException).path === tmp) (err as NodeJS.ErrnoException).path = full;
    throw err;
  }
}

/** Writes a new file and flushes it to disk before returning. */
export function writeDurable(full: string, content: string | Buffer): void {
  const fd = openSync(full, 'w');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } catch (err) {
    // Writes through a descriptor (a full device, an I/O error) carry no path: name the file for the message.
    if (err instanceof Error && !(err as NodeJS.ErrnoException).path) (err as NodeJS.ErrnoException).path = full;
    throw err;
  } finally {
    closeSync(fd);
  }
}

/** True while a process with this id runs (a lock or temp file of a dead one is stale). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
