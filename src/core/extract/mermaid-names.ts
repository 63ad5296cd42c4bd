// Where a Mermaid diagram in the inputs names things: node, edge, subgraph and participant lines, not styling or directives.
import type { Block } from '../types.js';

export interface MermaidNames {
  /** [start, end) offsets of the lines that can name a component, a service or a platform. */
  spans: [number, number][];
  /** A deployment diagram (C4Deployment, or drawn under a deployment or infrastructure section): it says where things run. */
  deployment: boolean;
}

// Lines that style or wire up a diagram name nothing: class definitions, colours, links, click handlers, comments, config.
const NON_NAMING =
  /^(?:%%|style\b|classDef\b|class\b|linkStyle\b|click\b|UpdateElementStyle\b|UpdateRelStyle\b|UpdateLayoutConfig\b|direction\b|accTitle\b|accDescr\b|---$|config\s*:|theme\s*:)/i;
// The diagram type line: the first non-empty line ("flowchart LR", "graph TD", "C4Container", "sequenceDiagram").
const HEADER =
  /^(?:flowchart|graph|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|C4Context|C4Container|C4Component|C4Dynamic|C4Deployment|architecture-beta|block-beta|journey|gantt|timeline|mindmap|quadrantChart|gitGraph|pie|requirementDiagram)\b/i;
// Diagram kinds whose words are not about the system's parts (dates, tasks, branches, slices, entity fields).
const NOT_ARCHITECTURE = /^(?:journey|gantt|timeline|gitGraph|pie|quadrantChart|erDiagram|classDiagram|requirementDiagram|mindmap)\b/i;
const DEPLOYMENT_HEADER = /^C4Deployment\b/i;
const DEPLOYMENT_TITLE = /^(?:title\s|%%|subgraph\s).*\b(?:deploy(?:ment|ed)?|infrastructure|hosting|production\s+topology)\b/i;

/** The naming lines of a Mermaid block, or null when the block is not a diagram of the system. */
export function mermaidNames(block: Block): MermaidNames | null {
  if (block.type !== 'code' || (block.lang ?? '').trim().toLowerCase() !== 'mermaid') return null;
  const spans: [number, number][] = [];
  let offset = 0;
  let header: string | null = null;
  let deployment = block.section.kind === 'deployment';
  for (const raw of block.text.split('\n')) {
    const line = raw.trim();
    const start = offset;
    offset += raw.length + 1;
    if (!line) continue;
    if (header === null) {
      header = line;
      if (NOT_ARCHITECTURE.test(line)) return null;
      if (DEPLOYMENT_HEADER.test(line)) deployment = true;
      if (HEADER.test(line)) continue;
    }
    if (DEPLOYMENT_TITLE.test(line)) deployment = true;
    if (NON_NAMING.test(line)) continue;
    spans.push([start, start + raw.length]);
  }
  return { spans, deployment };
}

/** Whether [start, end) falls inside one of the naming lines. */
export function inSpans(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}
