// Edges that share a source, arrow and label become one fan-out line; the rest of the diagram is untouched.
import { describe, expect, it } from 'vitest';
import { compactEdges } from '../../../../src/core/render/diagrams/compact-edges.js';
import { parseAll } from '../../../../src/io/mermaid/load-mermaid.js';

const SRC = [
  'flowchart LR',
  '  subgraph g1["Services"]',
  '    n2["api"]',
  '  end',
  '  n2 -->|"HTTPS API"| n3',
  '  n2 -->|"HTTPS API"| n4',
  '  n2 -->|"SQL"| n5',
  '  n6 -.->|"observes"| g1',
  '  n7 -.->|"observes"| g1',
  '  n2 -->|"HTTPS API"| n3',
].join('\n');

describe('compactEdges', () => {
  it.each([
    ['fan-out with one label', '  n2 -->|"HTTPS API"| n3 & n4'],
    ['a different label stays its own edge', '  n2 -->|"SQL"| n5'],
    ['fan-in with one label', '  n6 & n7 -.->|"observes"| g1'],
  ])('%s', (_, line) => {
    expect(compactEdges(SRC).split('\n')).toContain(line);
  });

  it('keeps non-edge lines and their order, drops repeated edges, and still parses', async () => {
    const out = compactEdges(SRC);
    expect(out.split('\n').slice(0, 4)).toEqual(SRC.split('\n').slice(0, 4));
    expect(out.split('\n')).toHaveLength(7);
    const [r] = await parseAll([out]);
    expect(r.ok).toBe(true);
  });
});
