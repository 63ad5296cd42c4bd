// The plain text of an mdast node, as mdast-util-to-string gives it, but walked with an explicit stack: a tree
// thousands of levels deep (nested emphasis, links) cannot overflow the call stack.
import type { Nodes } from 'mdast';

/** Text values in document order; an image counts as its alt text; HTML is kept as written. */
export function plainText(node: Nodes): string {
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as { value?: unknown; alt?: unknown; children?: unknown[] } | null;
    if (!n || typeof n !== 'object') continue;
    if ('value' in n) {
      out.push(typeof n.value === 'string' ? n.value : '');
      continue;
    }
    if (typeof n.alt === 'string' && n.alt) {
      out.push(n.alt);
      continue;
    }
    if (Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('');
}
