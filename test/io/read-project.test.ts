import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, MAX_FILE_BYTES } from '../../src/io/read-project.js';

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ia-read-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

const codes = (dir: string) => readProject(dir).diagnostics.map((d) => [d.code, d.file]);

describe('readProject', () => {
  it('finds inputs by role in flat, sharded and numbered layouts', () => {
    const dir = project({
      'docs/PRD.md': '# PRD\n',
      'docs/architecture/index.md': '# Arch\n',
      'docs/architecture/02-Tech-Stack.md': '# Stack\n',
      'docs/infrastructure/guidelines.md': '# Rules\n',
      'docs/front-end-architecture.md': '# FE\n',
      'docs/infra-deployment.md': '# Deploy\n',
      'docs/stories/1.1.story.md': '# Story\n',
      'docs/infrastructure-architecture.md': '# Prior\n',
    });
    const r = readProject(dir);
    expect(r.docs.map((d) => [d.path, d.role]).sort()).toEqual([
      ['docs/PRD.md', 'prd'],
      ['docs/architecture/02-Tech-Stack.md', 'tech-stack'],
      ['docs/architecture/index.md', 'architecture'],
      ['docs/front-end-architecture.md', 'architecture'],
      ['docs/infra-deployment.md', 'guidelines'],
      ['docs/infrastructure/guidelines.md', 'guidelines'],
    ]);
    expect(r.prior?.path).toBe('docs/infrastructure-architecture.md');
    expect(Object.keys(r.fingerprints)).not.toContain('docs/infrastructure-architecture.md');
  });

  it.each<[string, Record<string, string | Buffer>, string]>([
    ['empty file', { 'docs/prd.md': '', 'docs/architecture.md': '# A\n' }, 'empty-file'],
    ['whitespace only', { 'docs/prd.md': ' \n\n', 'docs/architecture.md': '# A\n' }, 'empty-file'],
    ['binary file', { 'docs/prd.md': Buffer.from([0x50, 0, 1, 2]), 'docs/architecture.md': '# A\n' }, 'binary-file'],
    ['not UTF-8', { 'docs/prd.md': Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]), 'docs/architecture.md': '# A\n' }, 'not-utf8'],
    ['too large', { 'docs/prd.md': Buffer.alloc(MAX_FILE_BYTES + 10, 0x61), 'docs/architecture.md': '# A\n' }, 'file-too-large'],
  ])('reports a %s by name and keeps the usable inputs', (_n, files, code) => {
    const dir = project(files);
    const r = readProject(dir);
    expect(codes(dir)).toContainEqual([code, 'docs/prd.md']);
    expect(r.docs.map((d) => d.path)).toEqual(['docs/architecture.md']);
    const d = r.diagnostics.find((x) => x.code === code)!;
    expect(d.hint).toBeTruthy();
  });

  it('reports a folder named like a document and a dangling link', () => {
    const dir = project({ 'docs/architecture.md': '# A\n' });
    mkdirSync(join(dir, 'docs/prd.md'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'docs/tech-stack.md'));
    const r = readProject(dir);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['missing-file']));
    expect(r.docs.map((d) => d.path)).toEqual(['docs/architecture.md']);
  });

  it('does not read a single input file linked to a file outside the project, and says so', () => {
    const outside = project({ 'secret.md': '# Secret\n\nThe production password is hunter2.\n' });
    const dir = project({ 'docs/prd.md': '# PRD\n\nA product.\n' });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs/architecture.md'));
    const r = readProject(dir);
    expect(r.docs.map((d) => d.path)).toEqual(['docs/prd.md']);
    expect(r.docs.some((d) => d.text.includes('hunter2'))).toBe(false);
    expect(codes(dir)).toContainEqual(['symlink-outside', 'docs/architecture.md']);
  });

  it('names a file whose name is not UTF-8 instead of calling it missing', () => {
    const dir = project({ 'docs/prd.md': '# PRD\n\nA product.\n' });
    writeFileSync(Buffer.from(join(dir, 'docs', '\xffnotes.md'), 'latin1'), '# Notes\n');
    const r = readProject(dir);
    const d = r.diagnostics.find((x) => x.code === 'not-utf8-name');
    expect(d?.file).toMatch(/^docs\/.*notes\.md$/);
    expect(d?.hint).toMatch(/rename/);
    expect(r.diagnostics.map((x) => x.code)).not.toContain('missing-file');
  });

  it('fails with no-inputs when nothing usable is left', () => {
    const dir = project({ 'docs/prd.md': '' });
    expect(codes(dir)).toContainEqual(['no-inputs', dir]);
  });

  it('reports a missing project folder and a file given as the project', () => {
    expect(readProject('/definitely/not/here').diagnostics[0].code).toBe('missing-project');
    const dir = project({ 'x.md': '# x' });
    expect(readProject(join(dir, 'x.md')).diagnostics[0].code).toBe('not-a-folder');
  });

  it('survives hostile text: very long lines and deeply nested lists', () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i} "]--> <script>`).join('\n');
    const dir = project({ 'docs/prd.md': `# P\n\n${'x'.repeat(200_000)}\n\n${deep}\n` });
    const r = readProject(dir);
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0].blocks.length).toBeGreaterThan(1);
  });
});
