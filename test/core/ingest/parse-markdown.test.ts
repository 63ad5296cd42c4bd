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
