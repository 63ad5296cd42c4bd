// Turns a file-system error into one line that names the file and says what to do (never a stack trace).
import { relative } from 'node:path';

const ADVICE: Record<string, string> = {
  EACCES: 'no permission: check the owner and mode of the file and its folder',
  EPERM: 'not permitted: check the owner and mode of the file and its folder',
  EROFS: 'the file system is read-only: run infra-arch on a writable copy of the project',
  ENOSPC: 'the device is full: free some space and run again',
  EDQUOT: 'the disk quota is exhausted: free some space and run again',
  EISDIR: 'a folder stands where a file is needed: move it aside and run again',
  ENOTDIR: 'a file stands where a folder is needed: move it aside and run again',
  EEXIST: 'something already exists there: move it aside and run again',
  EMFILE: 'too many open files: close other programs and run again',
  ENAMETOOLONG: 'the path is too long for the file system: move the project to a shorter path',
  ELOOP: 'a symbolic link loop is in the way: remove the link and run again',
  EIO: 'the device reported an I/O error: check the disk',
  EXDEV: 'the project spans several file systems: keep .infra-arch and docs on one',
};

/** True for errors raised by the file system (they carry a code such as EACCES). */
export function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return (
    err instanceof Error &&
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!)
  );
}

/** `cannot write docs/adr/0001-x.md (EACCES): no permission: …`, the path shown relative to the project. */
export function describeFsError(err: NodeJS.ErrnoException, root: string, verb = 'write'): string {
  const code = err.code ?? 'error';
  const where = err.path ? relative(root, err.path) || err.path : 'a file';
  const shown = where.startsWith('..') ? err.path : where.replace(/\\/g, '/');
  return `cannot ${verb} ${shown} (${code}): ${ADVICE[code] ?? 'check the file and its folder, then run again'}`;
}
