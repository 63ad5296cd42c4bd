// Serialises a Markdown syntax tree with remark (GFM tables), so the output is always well-formed.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';

/**
 * GFM tables and strikethrough only: the document uses nothing else from GFM, and every extra extension adds
 * escaping patterns that each text node is checked against (full remark-gfm made serialising ~2x slower).
 */
function gfmOut(this: ReturnType<typeof unified>): void {
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false }), gfmStrikethroughToMarkdown());
}

const processor = unified().use(gfmOut).use(remarkStringify, {
  bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one', incrementListMarker: true,
});

export function toMarkdown(tree: Root): string {
  const out = processor.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}
