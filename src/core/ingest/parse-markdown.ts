// Parses Markdown with remark into a section tree and a flat list of positioned blocks.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Table, ListItem, Heading } from 'mdast';
import type { Block, DocRole, Section, SourceDoc } from '../types.js';
import { sectionKind } from './section-kind.js';
import { remarkGfmLite } from './remark-gfm-lite.js';

const parser = unified().use(remarkParse).use(remarkGfmLite);

/** Indentation beyond this many columns adds nothing but costs quadratic parse time in deep lists. */
const MAX_INDENT = 64;
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'gm');

/** Parses Markdown text into an mdast tree with positions (lines are preserved; absurd indentation is capped). */
export function parseMarkdownAst(text: string): Root {
  return parser.parse(text.replace(DEEP_INDENT, (m) => m.slice(0, MAX_INDENT))) as Root;
}

/** Reads one document: its section tree and every block of text with its line. */
export function parseDocument(path: string, role: DocRole, text: string): SourceDoc {
  const ast = parseMarkdownAst(text);
  const totalLines = text.split('\n').length;
  const root: Section = { title: '', depth: 0, line: 0, endLine: totalLines, trail: [], kind: 'normal', children: [] };
  const blocks: Block[] = [];
  const stack: Section[] = [root];

  const lineOf = (n: { position?: { start: { line: number } } }) => n.position?.start.line ?? 1;
  const endOf = (n: { position?: { end: { line: number } } }) => n.position?.end.line ?? 1;

  const openHeading = (h: Heading) => {
    const title = toString(h).trim();
    while (stack.length > 1 && stack[stack.length - 1].depth >= h.depth) {
      stack.pop()!.endLine = lineOf(h) - 1;
    }
    const parent = stack[stack.length - 1];
    const section: Section = {
      title,
      depth: h.depth,
      line: lineOf(h),
      endLine: totalLines,
      trail: [...parent.trail, title],
      kind: sectionKind(title, parent.depth === 0 ? null : parent.kind),
      children: [],
    };
    parent.children.push(section);
    stack.push(section);
    blocks.push({ type: 'heading', text: title, line: lineOf(h), endLine: endOf(h), section });
  };

  const current = () => stack[stack.length - 1];

  const visit = (node: RootContent, quoted: boolean): void => {
    switch (node.type) {
      case 'heading':
        openHeading(node);
        return;
      case 'paragraph':
        blocks.push({ type: quoted ? 'blockquote' : 'paragraph', text: toString(node), line: lineOf(node), endLine: endOf(node), section: current() });
        return;
      case 'code':
        blocks.push({ type: 'code', text: node.value, line: lineOf(node), endLine: endOf(node), section: current(), lang: node.lang ?? undefined });
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, true);
        return;
      case 'list':
        for (const item of node.children) visitListItem(item);
        return;
      case 'table':
        visitTable(node);
        return;
      case 'html':
        return;
      default:
        return;
    }
  };

  const visitListItem = (item: ListItem) => {
    // The item's own text is its leading paragraphs; nested lists become their own items.
    const own = item.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
    if (own.length > 0) {
      const text = own.map((c) => toString(c)).join(' ');
      blocks.push({ type: 'list-item', text, line: lineOf(item), endLine: endOf(own[own.length - 1]), section: current() });
    }
    for (const child of item.children) {
      if (child.type === 'paragraph' || child.type === 'heading') continue;
      visit(child, false);
    }
  };

  const visitTable = (table: Table) => {
    const [head, ...rows] = table.children;
    const header = head ? head.children.map((c) => toString(c).trim()) : [];
    if (head) blocks.push({ type: 'table-header', text: header.join(' | '), line: lineOf(head), endLine: endOf(head), section: current(), cells: header, header });
    for (const row of rows) {
      const cells = row.children.map((c) => toString(c).trim());
      blocks.push({ type: 'table-row', text: cells.join(' | '), line: lineOf(row), endLine: endOf(row), section: current(), cells, header });
    }
  };

  for (const node of ast.children) visit(node, false);
  return { path, role, text, root, blocks };
}

/** Every section of a tree, depth first. */
export function allSections(root: Section): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    out.push(s);
    s.children.forEach(walk);
  };
  walk(root);
  return out;
}
