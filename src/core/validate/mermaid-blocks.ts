// Finds the Mermaid blocks of a document and turns parser results into findings at document lines.
import { parseMarkdownAst } from '../ingest/parse-markdown.js';
import type { Code } from 'mdast';
import { inDocumentOrder } from '../ingest/walk-tree.js';
import type { Finding } from './report.js';
import type { DocumentView } from './document-view.js';
import { ruleFinding, ruleInfo } from './messages.js';

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

/**
 * Mermaid blocks parsed per document: a real architecture has a dozen, and each parse costs a browser-like DOM, so a
 * document of thousands of tiny blocks would take minutes and gigabytes. The rest are skipped with one warning.
 */
export const MAX_MERMAID_BLOCKS = 200;

/** The blocks the Mermaid parser is given: the first MAX_MERMAID_BLOCKS. */
export function blocksToParse<T>(blocks: T[]): T[] {
  return blocks.length > MAX_MERMAID_BLOCKS ? blocks.slice(0, MAX_MERMAID_BLOCKS) : blocks;
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

/** The Mermaid blocks of a document view (its fences, already parsed), in document order. */
export function mermaidBlocksOf(view: Pick<DocumentView, 'code'>): MermaidBlock[] {
  return view.code.filter((c) => c.lang === 'mermaid').map((c) => ({ source: c.source, line: c.line }));
}

/** One finding per failing block; the parser's line 1 is the line after the fence. */
export function mermaidFindings(blocks: MermaidBlock[], results: MermaidCheck[]): Finding[] {
  const rule = ruleInfo('mermaid-syntax-error');
  const out: Finding[] = [];
  blocks.forEach((b, i) => {
    const r = results[i];
    if (!r || r.ok) return;
    const error = (r.error ?? 'syntax error').replace(/\s+/g, ' ').slice(0, 300);
    out.push(ruleFinding(rule.id, b.line + (r.line ?? 0), { fence: b.line, error }));
  });
  if (blocks.length > MAX_MERMAID_BLOCKS) {
    out.push(
      ruleFinding('mermaid-blocks-skipped', blocks[MAX_MERMAID_BLOCKS]!.line, {
        skipped: blocks.length - MAX_MERMAID_BLOCKS,
        limit: MAX_MERMAID_BLOCKS,
        total: blocks.length,
      }),
    );
  }
  return out;
}
