// State and answers files are read only when they are small regular files: no hang on a FIFO, no growth on /dev/zero.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswersFile } from '../../src/io/answers-file.js';
import { readBoundedText } from '../../src/io/read-bounded.js';
import { readTracking } from '../../src/io/read-tracking.js';
import { loadSession, SESSION_FILE } from '../../src/io/session-store.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'ia-rb-'));

describe('bounded reads', () => {
  it('refuses a device, a FIFO and an oversized file without reading them', () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    writeFileSync(join(dir, 'big'), Buffer.alloc(2048, 0x61));
    expect(readBoundedText('/dev/zero', 1024, 'answers file')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a regular file'),
    });
    expect(readBoundedText(join(dir, 'fifo'), 1024, 'answers file')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a regular file'),
    });
    expect(readBoundedText(join(dir, 'big'), 1024, 'answers file')).toMatchObject({
      ok: false,
      message: expect.stringContaining('over the 1 KB limit'),
    });
    expect(readBoundedText(join(dir, 'none'), 1024, 'answers file')).toMatchObject({ ok: false, missing: true });
  });

  it('reads text with a BOM and CRLF as plain LF text', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.yaml'), '\uFEFFmode: yolo\r\n');
    expect(readBoundedText(join(dir, 'a.yaml'), 1024, 'answers file')).toEqual({ ok: true, text: 'mode: yolo\n' });
  });

  it('reports `--answers /dev/zero` as an error naming the file', () => {
    expect(() => readAnswersFile('/dev/zero')).toThrow(/\/dev\/zero:1: answers file is not a regular file/);
  });

  it('reports a FIFO session file, and an ill-typed one, as problems naming the file', () => {
    const dir = scratch();
    mkdirSync(join(dir, '.infra-arch'));
    execFileSync('mkfifo', [join(dir, SESSION_FILE)]);
    expect(loadSession(dir)).toEqual({ problem: expect.stringContaining(`${SESSION_FILE} is not a regular file`) });
    const typed = scratch();
    mkdirSync(join(typed, '.infra-arch'));
    writeFileSync(join(typed, SESSION_FILE), JSON.stringify({ version: 1, domains: {}, user: {}, concerns: [7] }));
    expect(loadSession(typed)).toEqual({ problem: expect.stringMatching(/is not a valid session \(\w+/) });
  });

  it('reports a YAML alias bomb in concerns.yaml as a tracking error, not a crash', () => {
    const dir = scratch();
    mkdirSync(join(dir, '.infra-arch'));
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
      'concerns: [*i]',
    ].join('\n');
    writeFileSync(join(dir, '.infra-arch/concerns.yaml'), `${bomb}\n`);
    const r = readTracking(dir);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['tracking-yaml', '.infra-arch/concerns.yaml']]);
  });
});
