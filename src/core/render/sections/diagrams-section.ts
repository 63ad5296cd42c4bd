// The six architecture diagrams as Mermaid blocks, each generated from the model and parsed before writing.
import type { RootContent } from 'mdast';
import { fence, h, p } from '../md.js';
import type { RenderContext } from '../render-context.js';

export function diagramsSection(c: RenderContext): RootContent[] {
  const out: RootContent[] = [h(2, 'Architecture Diagrams'), p('Generated from the infrastructure model (.infra-arch/model.json), not drawn by hand; every block is parsed by Mermaid before the file is written.')];
  for (const d of c.diagrams) out.push(h(3, d.title), p(d.caption), fence('mermaid', d.source));
  return out;
}
