// Serialises a Markdown syntax tree with remark (GFM tables), so the output is always well-formed.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, {
  bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one', incrementListMarker: true,
});

export function toMarkdown(tree: Root): string {
  const out = processor.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}
