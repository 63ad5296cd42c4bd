// Visits every node of an mdast tree in document order with an explicit stack, so no nesting depth overflows the call stack.
import type { Nodes, Root } from 'mdast';

/** Every node under `root` (itself included), parents before children, siblings in order. */
export function* inDocumentOrder(root: Root): Generator<Nodes> {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
