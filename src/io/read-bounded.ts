// Reads a small state or answers file defensively: regular files only (no FIFO, device or folder), under a size cap, UTF-8.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type BoundedRead = { ok: true; text: string } | { ok: false; missing: boolean; message: string; hint: string };

const fail = (message: string, hint: string, missing = false): BoundedRead => ({ ok: false, missing, message, hint });

/**
 * Text of `full`, or why it cannot be used. Checks the type before opening (a FIFO would block, /dev/zero never
 * ends), reads at most `maxBytes` + 1 bytes, strips a BOM and turns CRLF into LF. `what` names the file's role.
 */
export function readBoundedText(full: string, maxBytes: number, what: string): BoundedRead {
  let st;
  try {
    st = statSync(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not found', 'check the path', true);
    return fail(`cannot read it (${code ?? 'error'})`, 'check its permissions');
  }
  if (!st.isFile()) return fail('is not a regular file (a folder, device or pipe)', `point at a ${what} file`);
  if (st.size > maxBytes)
    return fail(
      `is ${formatSize(st.size)}, over the ${formatSize(maxBytes)} limit for a ${what}`,
      `a ${what} is small; check that this is the right file`,
    );
  let buf: Buffer;
  try {
    const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return fail('is not a regular file', `point at a ${what} file`);
      buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size, 0) + 1));
      let n = 0;
      for (;;) {
        const got = readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
        if (n === buf.length) {
          if (n > maxBytes)
            return fail(`is over the ${formatSize(maxBytes)} limit for a ${what}`, `a ${what} is small; check that this is the right file`);
          const bigger = Buffer.alloc(Math.min(maxBytes + 1, buf.length * 2));
          buf.copy(bigger);
          buf = bigger;
        }
      }
      buf = buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return fail(`cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'check its permissions');
  }
  if (buf.includes(0)) return fail('is binary (it contains NUL bytes)', `replace it with a UTF-8 ${what}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return fail('is not valid UTF-8', 'save it as UTF-8');
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
