// Which files a project read takes: only planning documents count toward the cap; deep, linked or skipped inputs are never silent.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, MAX_INPUT_FILES } from '../../src/io/list-inputs.js';
import { readProject } from '../../src/io/read-project.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ia-list-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}
const paths = (dir: string) =>
  readProject(dir, { parseCache: false })
    .docs.map((d) => d.path)
    .sort();
const warnings = (dir: string) =>
  readProject(dir, { parseCache: false })
    .diagnostics.filter((d) => d.severity === 'warning')
    .map((d) => [d.messageId, d.file]);

describe('input listing', () => {
  it('does not let unrelated Markdown (API docs) push planning shards out', () => {
    const files: Record<string, string> = {
      'docs/prd.md': '# PRD\n\nText.\n',
      'docs/zz-architecture/tech-stack.md': '# Stack\n\nTerraform.\n',
    };
    for (let i = 0; i < MAX_INPUT_FILES + 50; i++) files[`docs/api/endpoint-${String(i).padStart(3, '0')}.md`] = `# Endpoint ${i}\n`;
    const dir = project(files);
    expect(paths(dir)).toEqual(['docs/prd.md', 'docs/zz-architecture/tech-stack.md']);
    expect(warnings(dir)).toEqual([]);
  });

  it('names what it left out when there are more planning documents than the cap', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < MAX_INPUT_FILES + 3; i++)
      files[`docs/architecture/${String(i).padStart(3, '0')}-architecture.md`] = `# Part ${i}\n\nText.\n`;
    const dir = project(files);
    const r = readProject(dir, { parseCache: false });
    expect(r.docs).toHaveLength(MAX_INPUT_FILES);
    const w = r.diagnostics.find((d) => d.messageId === 'too-many-inputs')!;
    expect(w.data).toMatchObject({ limit: MAX_INPUT_FILES, skipped: 3 });
    expect(w.message).toContain('3 more were not read');
    expect(w.message).toContain(`docs/architecture/${MAX_INPUT_FILES}-architecture.md`);
  });

  it('reads shards deeper than five folders, and warns about folders past the depth limit', () => {
    const deep = `docs/${Array.from({ length: 6 }, (_, i) => `l${i}`).join('/')}/architecture.md`;
    const tooDeep = `docs/${Array.from({ length: MAX_INPUT_DEPTH }, (_, i) => `d${i}`).join('/')}/prd.md`;
    const dir = project({ 'docs/prd.md': '# PRD\n\nText.\n', [deep]: '# Arch\n\nText.\n', [tooDeep]: '# Lost\n\nText.\n' });
    expect(paths(dir)).toEqual([deep, 'docs/prd.md']);
    expect(warnings(dir)).toEqual([['too-deep', tooDeep.slice(0, tooDeep.lastIndexOf('/'))]]);
  });

  it('follows a shard folder linked within the project, not one linked outside it', () => {
    const outside = project({ 'architecture/tech-stack.md': '# Secret stack\n\nText.\n', 'prd.md': '# Other PRD\n\nText.\n' });
    const dir = project({ 'docs/prd.md': '# PRD\n\nText.\n', 'design/arch/coding-standards.md': '# Standards\n\nText.\n' });
    symlinkSync(join(dir, 'design/arch'), join(dir, 'docs/architecture'));
    symlinkSync(join(outside, 'architecture'), join(dir, 'docs/infrastructure'));
    symlinkSync(join(outside, 'prd.md'), join(dir, 'docs/product-requirements.md'));
    expect(paths(dir)).toEqual(['docs/architecture/coding-standards.md', 'docs/prd.md']);
    expect(warnings(dir).sort()).toEqual([
      ['symlink-outside', 'docs/infrastructure'],
      ['symlink-outside', 'docs/product-requirements.md'],
    ]);
  });

  it('does not loop on a folder linked to its own parent', () => {
    const dir = project({ 'docs/prd.md': '# PRD\n\nText.\n' });
    symlinkSync(join(dir, 'docs'), join(dir, 'docs/loop'));
    expect(paths(dir)).toEqual(['docs/prd.md']);
  });
});
