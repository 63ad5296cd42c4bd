import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';

const text = `# Architecture

Intro paragraph.

## Tech Stack

| Category | Technology |
| --- | --- |
| Database | PostgreSQL 16 |

## Alternatives Considered

- MongoDB was rejected

### Why not Kubernetes

Too heavy.

\`\`\`yaml
image: redis
\`\`\`
`;

describe('parseDocument', () => {
  const doc = parseDocument('docs/architecture.md', 'architecture', text);

  it('builds a section tree with line ranges and trails', () => {
    const [top] = doc.root.children;
    expect(top.title).toBe('Architecture');
    expect(top.children.map((s) => [s.title, s.line, s.kind])).toEqual([
      ['Tech Stack', 5, 'tech-stack'],
      ['Alternatives Considered', 11, 'alternatives'],
    ]);
    const whyNot = top.children[1].children[0];
    expect(whyNot.trail).toEqual(['Architecture', 'Alternatives Considered', 'Why not Kubernetes']);
    expect(whyNot.kind).toBe('alternatives');
    expect(top.children[0].endLine).toBe(10);
  });

  it('keeps table rows with their header, list items and code blocks with lines', () => {
    const row = doc.blocks.find((b) => b.type === 'table-row')!;
    expect(row.cells).toEqual(['Database', 'PostgreSQL 16']);
    expect(row.header).toEqual(['Category', 'Technology']);
    expect(row.line).toBe(9);
    const item = doc.blocks.find((b) => b.type === 'list-item')!;
    expect([item.text, item.line, item.section.kind]).toEqual(['MongoDB was rejected', 13, 'alternatives']);
    const code = doc.blocks.find((b) => b.type === 'code')!;
    expect([code.lang, code.line]).toEqual(['yaml', 19]);
  });
});

describe('front matter', () => {
  it('is metadata: parsed as a mapping with its line, never read as blocks', () => {
    const d = parseDocument(
      'docs/prd.md',
      'prd',
      '---\nstepsCompleted:\n  - step-01-init\nproject_name: Loom\n---\n# Loom PRD\n\nHello.\n',
    );
    expect(d.frontMatter).toEqual({ line: 1, data: { stepsCompleted: ['step-01-init'], project_name: 'Loom' } });
    expect(d.blocks.map((b) => b.text)).toEqual(['Loom PRD', 'Hello.']);
    expect(d.blocks[0].line).toBe(6);
  });

  it('a broken or non-mapping block is dropped quietly, and a rule in the middle of a document is not front matter', () => {
    expect(parseDocument('a.md', 'prd', '---\n: : [\n---\n# T\n').frontMatter).toBeUndefined();
    expect(parseDocument('a.md', 'prd', '---\n- a\n- b\n---\n# T\n').frontMatter).toBeUndefined();
    expect(parseDocument('a.md', 'prd', '# T\n\n---\nkey: value\n---\n').frontMatter).toBeUndefined();
  });
});
