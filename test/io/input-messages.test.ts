// Reading a project's files: each failure is a diagnostic with a message id and data, its wording from the templates.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_MESSAGES } from '../../src/io/input-messages.js';
import { readProject, readTextFile } from '../../src/io/read-project.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'ia-msg-'));

describe('input diagnostics carry a message id and data', () => {
  it.each([
    ['a missing file', (d: string) => join(d, 'nope.md'), 'missing-file', {}],
    ['a folder', (d: string) => (mkdirSync(join(d, 'dir.md')), join(d, 'dir.md')), 'not-a-file', {}],
    ['an empty file', (d: string) => (writeFileSync(join(d, 'e.md'), ''), join(d, 'e.md')), 'empty-file', { what: 'is empty' }],
    ['a blank file', (d: string) => (writeFileSync(join(d, 'b.md'), ' \n\n'), join(d, 'b.md')), 'empty-file', { what: 'has no text' }],
    ['a binary file', (d: string) => (writeFileSync(join(d, 'x.md'), Buffer.from([65, 0, 66])), join(d, 'x.md')), 'binary-file', {}],
    [
      'a Latin-1 file',
      (d: string) => (writeFileSync(join(d, 'l.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9])), join(d, 'l.md')),
      'not-utf8',
      {},
    ],
  ])('%s', (_name, make, id, data) => {
    const r = readTextFile(make(scratch()), 'docs/x.md');
    expect('diagnostic' in r && r.diagnostic).toMatchObject({ messageId: id, code: id, data, file: 'docs/x.md' });
    if ('diagnostic' in r) expect(r.diagnostic.hint).toBe(INPUT_MESSAGES.hints[id as keyof typeof INPUT_MESSAGES.hints]);
  });

  it.each([
    ['a missing project', (d: string) => join(d, 'missing'), 'missing-project'],
    ['a file as the project', (d: string) => (writeFileSync(join(d, 'f'), 'x'), join(d, 'f')), 'not-a-folder'],
    ['a project without planning documents', (d: string) => d, 'no-inputs'],
    // What Node makes of a folder name in Latin-1 passed on the command line: the byte became U+FFFD.
    ['a project folder whose name is not UTF-8', (d: string) => join(d, 'caf\uFFFD'), 'not-utf8-path'],
  ])('%s', (_name, make, id) => {
    expect(readProject(make(scratch())).diagnostics.map((x) => x.messageId)).toContain(id);
  });

  it('has a template and a hint for every id', () => {
    expect(Object.keys(INPUT_MESSAGES.hints).sort()).toEqual(Object.keys(INPUT_MESSAGES.messages).sort());
  });
});

describe('a folder name that is not UTF-8, on the command line', () => {
  it('exits 2 saying the name cannot be opened and how to rename it, not that the folder is missing', async () => {
    const { spawnSync } = await import('node:child_process');
    const parent = scratch();
    const bytes = Buffer.concat([Buffer.from(join(parent, 'caf')), Buffer.from([0xe9])]);
    mkdirSync(bytes);
    writeFileSync(Buffer.concat([bytes, Buffer.from('/prd.md')]), '# PRD\n\nA product.\n');
    const bin = join(import.meta.dirname, '../../bin/infra-arch.js');
    const r = spawnSync(process.execPath, [bin, 'analyze', bytes as unknown as string], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/name is not valid UTF-8.*\n?.*rename the folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
