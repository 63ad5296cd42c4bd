// Parses Markdown with remark into a section tree and a flat list of positioned blocks.
import { diagnostic, message, type DiagnosticTemplates } from '../diagnostics/index.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root, RootContent, Table, ListItem, Heading } from 'mdast';
import type { Block, Diagnostic, DocRole, Section, SourceDoc } from '../types.js';
import { sectionKind, STICKY, isUnchosenOption } from './section-kind.js';
import { remarkGfmLite } from './remark-gfm-lite.js';
import { boundStructure, MAX_NESTING, MAX_TABLE_COLUMNS, type BoundResult } from './bound-structure.js';
import { plainText } from './plain-text.js';
import { sanitizeText } from '../text/sanitize.js';

// A YAML front matter block (BMAD v6 writes one: steps completed, input documents, classification) is metadata, not prose.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmLite);

/** The front matter as a plain object, or undefined when absent or not a YAML mapping (a broken block is simply not read). */
function frontMatterOf(ast: Root): SourceDoc['frontMatter'] {
  const node = ast.children[0];
  if (node?.type !== 'yaml') return undefined;
  try {
    const data: unknown = parseYaml(node.value, { maxAliasCount: 50 });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return { line: node.position?.start.line ?? 1, data: data as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** Parses Markdown into an mdast tree with positions, after flattening absurd nesting and tables (lines are preserved). */
export function parseMarkdownBounded(text: string): { ast: Root; bounded: BoundResult } {
  // Control characters and bidi overrides go before anything reads the text (lines are kept).
  const bounded = boundStructure(sanitizeText(text));
  return { ast: parser.parse(bounded.text) as Root, bounded };
}

/** Parses Markdown text into an mdast tree with positions (lines are preserved; absurd structure is flattened). */
export function parseMarkdownAst(text: string): Root {
  return parseMarkdownBounded(text).ast;
}

const KIND_WORDS: Record<BoundResult['kinds'][number], string> = {
  indentation: 'indentation',
  containers: 'quotes or lists',
  brackets: 'brackets',
  emphasis: 'emphasis',
  table: 'table columns',
};

const FLATTENED: DiagnosticTemplates<'structure-flattened'> = {
  messages: { 'structure-flattened': '{what} beyond {limit} read as plain text (first at line {line})' },
  hints: {
    'structure-flattened': `real documents stay under ~20 levels of nesting and ${MAX_TABLE_COLUMNS} table columns; split or simplify that part if it matters`,
  },
};

/** The one warning a document gets when some of its structure was flattened, or null. */
export function flattenedWarning(path: string, bounded: BoundResult): Diagnostic | null {
  if (bounded.line === null) return null;
  const what = bounded.kinds.map((k) => KIND_WORDS[k]).join(', ');
  const limit = bounded.kinds.includes('table') && bounded.kinds.length === 1 ? `${MAX_TABLE_COLUMNS} columns` : `${MAX_NESTING} levels`;
  return diagnostic(FLATTENED, 'warning', message('structure-flattened', { what, limit, line: bounded.line }), {
    file: path,
    line: bounded.line,
  });
}

/** Reads one document: its section tree and every block of text with its line. */
export function parseDocument(path: string, role: DocRole, text: string): SourceDoc {
  return parseDocumentAndTree(path, role, text).doc;
}

/** The document and the syntax tree it was read from, for callers that need both (one parse, not two). */
export function parseDocumentAndTree(path: string, role: DocRole, text: string): { doc: SourceDoc; ast: Root } {
  const { ast, bounded } = parseMarkdownBounded(text);
  const toString = plainText;
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

  // A list or table led in by a label paragraph ("**Alternatives (not selected):**", "Future work:") is scoped by that label as if
  // it were a heading; only labels that change what the items assert (alternatives, later, examples) open such a scope.
  // The scope is not added to the section tree: it has no heading of its own.
  const leadIns = new WeakMap<RootContent, Pick<Section, 'title' | 'kind' | 'line' | 'endLine'>>();
  /** The scope a label ("Rejected:", "Phase 3 (cluster):") opens, or null when it does not change what follows. */
  const labelScope = (label: string, line: number, endLine: number): Pick<Section, 'title' | 'kind' | 'line' | 'endLine'> | null => {
    const text = label.trim();
    // "Option 2: Quokka Full Stack" above its pros and cons scopes them like "Alternatives:" would.
    if (isUnchosenOption(text)) return { title: text, kind: 'alternatives', line, endLine };
    if (text.length > 80 || !text.endsWith(':')) return null;
    const title = text.slice(0, -1).trim();
    const kind = sectionKind(title, null);
    return STICKY.includes(kind) ? { title, kind, line, endLine } : null;
  };
  const markLeadIns = (children: readonly RootContent[]) => {
    for (let i = 0; i + 1 < children.length; i++) {
      const lead = children[i];
      if (lead.type !== 'paragraph' || (children[i + 1].type !== 'list' && children[i + 1].type !== 'table')) continue;
      const scope = labelScope(toString(lead), lineOf(lead), endOf(children[i + 1]));
      if (scope) leadIns.set(children[i + 1], scope);
    }
  };
  const scoped = (lead: Pick<Section, 'title' | 'kind' | 'line' | 'endLine'>, outer: Section): Section => ({
    ...lead,
    depth: outer.depth,
    trail: [...outer.trail, lead.title],
    children: [],
  });
  const scopeOf = (list: RootContent, outer: Section): Section | undefined => {
    const lead = leadIns.get(list);
    return lead && scoped(lead, outer);
  };

  const current = () => stack[stack.length - 1];

  // Depth first with an explicit stack, in document order: no input nesting can overflow the call stack.
  type Pending = { node: RootContent; quoted: boolean; scope?: Section } | { item: ListItem; scope?: Section };
  const pending: Pending[] = [];
  const later = (list: Pending[]) => {
    for (let i = list.length - 1; i >= 0; i--) pending.push(list[i]);
  };

  const visit = (node: RootContent, quoted: boolean, scope?: Section): void => {
    const where = () => scope ?? current();
    switch (node.type) {
      case 'heading':
        openHeading(node);
        return;
      case 'paragraph':
        blocks.push({
          type: quoted ? 'blockquote' : 'paragraph',
          text: toString(node),
          line: lineOf(node),
          endLine: endOf(node),
          section: where(),
        });
        return;
      case 'code':
        blocks.push({
          type: 'code',
          text: node.value,
          line: lineOf(node),
          endLine: endOf(node),
          section: where(),
          lang: node.lang ?? undefined,
        });
        return;
      case 'blockquote':
        markLeadIns(node.children);
        later(node.children.map((child) => ({ node: child, quoted: true, scope })));
        return;
      case 'list':
        {
          const own = scopeOf(node, where()) ?? scope;
          later(node.children.map((item) => ({ item, scope: own })));
          return;
        }
        return;
      case 'table':
        visitTable(node, scopeOf(node, where()) ?? where());
        return;
      case 'html':
        return;
      default:
        return;
    }
  };

  const visitListItem = (item: ListItem, scope?: Section) => {
    // The item's own text is its leading paragraphs; nested lists become their own items.
    const own = item.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
    if (own.length > 0) {
      const text = own.map((c) => toString(c)).join(' ');
      blocks.push({ type: 'list-item', text, line: lineOf(item), endLine: endOf(own[own.length - 1]), section: scope ?? current() });
    }
    markLeadIns(item.children);
    // An item that is itself a label ("Phase 3 (cluster):", "Rejected:") scopes the lists nested under it the same way.
    const label = own.length > 0 ? labelScope(own.map((c) => toString(c)).join(' '), lineOf(item), endOf(item)) : null;
    const inner = label ? scoped(label, scope ?? current()) : scope;
    later(
      item.children
        .filter((c) => c.type !== 'paragraph' && c.type !== 'heading')
        .map((child) => ({ node: child, quoted: false, scope: inner })),
    );
  };

  const visitTable = (table: Table, section: Section) => {
    const [head, ...rows] = table.children;
    const header = head ? head.children.map((c) => toString(c).trim()) : [];
    if (head)
      blocks.push({
        type: 'table-header',
        text: header.join(' | '),
        line: lineOf(head),
        endLine: endOf(head),
        section,
        cells: header,
        header,
      });
    for (const row of rows) {
      const cells = row.children.map((c) => toString(c).trim());
      blocks.push({
        type: 'table-row',
        text: cells.join(' | '),
        line: lineOf(row),
        endLine: endOf(row),
        section,
        cells,
        header,
      });
    }
  };

  markLeadIns(ast.children);
  later(ast.children.map((node) => ({ node, quoted: false })));
  while (pending.length > 0) {
    const next = pending.pop()!;
    if ('item' in next) visitListItem(next.item, next.scope);
    else visit(next.node, next.quoted, next.scope);
  }
  const warning = flattenedWarning(path, bounded);
  const frontMatter = frontMatterOf(ast);
  return {
    doc: { path, role, text, root, blocks, ...(frontMatter ? { frontMatter } : {}), ...(warning ? { warnings: [warning] } : {}) },
    ast,
  };
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
