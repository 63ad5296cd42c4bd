// Serialises a Markdown syntax tree with remark (GFM tables), so the output is always well-formed.
import type { Root, Text } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
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

/**
 * Text made only of characters that no escaping rule can apply to is written as is. Escaping checks every
 * text node against some forty patterns and was most of the time spent serialising; the document is mostly
 * plain words, so the fast path keeps the output byte for byte the same while skipping that work.
 */
const PLAIN = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} ,;:'"’()/%$€£—–.?-]*[\p{L}\p{M}\p{N})'"’%.?]$|^[\p{L}\p{M}]$/u;

const textHandler: Handle = (node: Text, parent, state, info) => {
  if (PLAIN.test(node.value)) return node.value;
  // Otherwise exactly what the default handler does: escape with the neighbouring nodes in view.
  const siblings = parent && 'children' in parent ? (parent.children as Text[]) : [];
  const index = state.indexStack[state.indexStack.length - 1];
  // `<` is written as an entity: a GFM autolink swallows the escaping backslash (`https://h/x\\<img …>` would be a live tag).
  return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] }).replace(/\\?</g, '&lt;');
};

const processor = unified()
  .use(gfmOut)
  .use(remarkStringify, {
    handlers: { text: textHandler },
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
  });

export function toMarkdown(tree: Root): string {
  const out = processor.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}
