// The six architecture diagrams as Mermaid blocks, each generated from the model and parsed before writing.
import type { RootContent } from 'mdast';
import { fence, h } from '../md.js';
import type { RenderContext } from '../render-context.js';

export function diagramsSection(c: RenderContext): RootContent[] {
  const out: RootContent[] = [h(2, 'Architecture Diagrams')];
  for (const d of c.diagrams) out.push(h(3, d.title), fence('mermaid', d.source));
  return out;
}
