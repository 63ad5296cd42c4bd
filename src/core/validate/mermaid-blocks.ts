// Finds the Mermaid blocks of a document and turns parser results into findings at document lines.
import { parseMarkdownAst } from '../ingest/parse-markdown.js';
import type { Code } from 'mdast';
import { inDocumentOrder } from '../ingest/walk-tree.js';
import type { Finding } from './report.js';
import { formatMessage, ruleInfo } from './messages.js';

export interface MermaidBlock {
  source: string;
  /** Line of the opening fence in the document. */
  line: number;
}

/** Parser outcome for one block, as `startMermaidValidator().validate` returns it. */
export interface MermaidCheck {
  ok: boolean;
  error?: string;
  line?: number;
}

/** Every ```mermaid fenced block (at any nesting: lists, blockquotes), in document order. */
export function extractMermaidBlocks(text: string): MermaidBlock[] {
  const out: MermaidBlock[] = [];
  for (const node of inDocumentOrder(parseMarkdownAst(text.replace(/\r\n?/g, '\n')))) {
    if (node.type === 'code' && (node as Code).lang?.toLowerCase() === 'mermaid') {
      out.push({ source: (node as Code).value, line: node.position?.start.line ?? 1 });
    }
  }
  return out;
}

/** One finding per failing block; the parser's line 1 is the line after the fence. */
export function mermaidFindings(blocks: MermaidBlock[], results: MermaidCheck[]): Finding[] {
  const rule = ruleInfo('mermaid-syntax-error');
  const out: Finding[] = [];
  blocks.forEach((b, i) => {
    const r = results[i];
    if (!r || r.ok) return;
    const error = (r.error ?? 'syntax error').replace(/\s+/g, ' ').slice(0, 300);
    out.push({
      id: rule.id,
      severity: rule.severity,
      group: rule.group,
      line: b.line + (r.line ?? 0),
      message: formatMessage(rule.id, { fence: b.line, error }),
    });
  });
  return out;
}
