// A read-only view of a Markdown document that checklist detectors and validators query.
import type { Root, Link, Definition, Code, Html } from 'mdast';
import { parseDocumentAndTree, allSections } from '../ingest/parse-markdown.js';
import { inDocumentOrder } from '../ingest/walk-tree.js';
import type { Block, Diagnostic, Section } from '../types.js';
import { githubSlugger } from './github-slug.js';

/** One unit of text with the text detectors search (table rows carry their header). */
export interface ViewBlock {
  type: Block['type'];
  text: string;
  /** What detectors match against: for table rows, header and cells together. */
  search: string;
  line: number;
  endLine: number;
  /** Titles from the root down to the section holding the block. */
  trail: string[];
  lang?: string;
  cells?: string[];
  header?: string[];
}

export interface ViewSection {
  title: string;
  depth: number;
  line: number;
  endLine: number;
  trail: string[];
  /** The GitHub anchor of its heading (with duplicate suffixes applied). */
  slug: string;
}

export interface ViewLink {
  url: string;
  text: string;
  line: number;
}

export interface ViewCode {
  lang: string;
  source: string;
  /** Line of the opening fence. */
  line: number;
  endLine: number;
  trail: string[];
}

export interface DocumentView {
  path: string;
  text: string;
  lines: string[];
  sections: ViewSection[];
  blocks: ViewBlock[];
  code: ViewCode[];
  links: ViewLink[];
  /** Anchors declared by raw HTML (`<a name="x">`, `id="x"`), valid link targets too. */
  htmlAnchors: string[];
  /** Raw HTML as the Markdown parser sees it (blocks and inline tags), with the line it starts on. */
  html: { value: string; line: number }[];
  /** Structure flattened while reading (absurd nesting, absurdly wide tables); empty when none. */
  warnings: Diagnostic[];
}

const BOLD_LABEL = /^\s*(?:\*\*|__)[^*_]{2,80}(?:\*\*|__)\s*(?::\s*)?$/;

const lineOf = (n: { position?: { start: { line: number } } }) => n.position?.start.line ?? 1;

/** Collects links, link definitions, code fences and HTML anchors from the mdast tree. */
function walkAst(ast: Root, out: { links: ViewLink[]; code: Code[]; anchors: string[]; html: DocumentView['html'] }): void {
  for (const node of inDocumentOrder(ast)) {
    if (node.type === 'link') out.links.push({ url: (node as Link).url, text: linkText(node as Link), line: lineOf(node) });
    else if (node.type === 'definition')
      out.links.push({ url: (node as Definition).url, text: (node as Definition).label ?? '', line: lineOf(node) });
    else if (node.type === 'code') out.code.push(node as Code);
    else if (node.type === 'html') {
      out.html.push({ value: (node as Html).value, line: lineOf(node) });
      for (const m of (node as Html).value.matchAll(/\b(?:name|id)\s*=\s*["']([^"']+)["']/gi)) out.anchors.push(m[1]);
    }
  }
}

function linkText(link: Link): string {
  return link.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
}

/** Builds the view once per document; every detector reads from it. */
export function buildDocumentView(path: string, text: string): DocumentView {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { doc, ast } = parseDocumentAndTree(path, prior(), normalized);
  const slug = githubSlugger();
  const sections: ViewSection[] = allSections(doc.root)
    .filter((s: Section) => s.depth > 0)
    .map((s) => ({ title: s.title, depth: s.depth, line: s.line, endLine: s.endLine, trail: s.trail, slug: slug(s.title) }));
  const lines = normalized.split('\n');
  // LLM-written documents often use a bold line ("**Scale Phase Path:**") as a minor heading;
  // it joins the trail of the blocks under it, until the next heading or bold label.
  let label: { section: Section; text: string } | null = null;
  const blocks: ViewBlock[] = doc.blocks.map((b) => {
    if (b.type === 'heading' || (label && label.section !== b.section)) label = null;
    const isLabel = b.type === 'paragraph' && BOLD_LABEL.test(lines[b.line - 1] ?? '') && b.line === b.endLine;
    const trail = label && !isLabel ? [...b.section.trail, label.text] : b.section.trail;
    if (isLabel) label = { section: b.section, text: b.text.replace(/:\s*$/, '') };
    return {
      type: b.type,
      text: b.text,
      search: b.type === 'table-row' && b.header ? `${b.header.join(' | ')} || ${b.text}` : b.text,
      line: b.line,
      endLine: b.endLine,
      trail,
      lang: b.lang,
      cells: b.cells,
      header: b.header,
    };
  });
  const collected = { links: [] as ViewLink[], code: [] as Code[], anchors: [] as string[], html: [] as DocumentView['html'] };
  walkAst(ast, collected);
  // By line, not a search per fence: a document of thousands of fences must not take time squared in their number.
  const codeByLine = new Map<number, ViewBlock>();
  for (const b of blocks) if (b.type === 'code' && !codeByLine.has(b.line)) codeByLine.set(b.line, b);
  const code: ViewCode[] = collected.code.map((c) => {
    const holder = codeByLine.get(lineOf(c));
    return {
      lang: (c.lang ?? '').toLowerCase(),
      source: c.value,
      line: lineOf(c),
      endLine: c.position?.end.line ?? lineOf(c),
      trail: holder?.trail ?? [],
    };
  });
  return {
    path,
    text: normalized,
    lines,
    sections,
    blocks,
    code,
    links: collected.links,
    htmlAnchors: collected.anchors,
    html: collected.html,
    warnings: doc.warnings ?? [],
  };
}

// The role only steers extraction weights, which validation does not use.
const prior = () => 'prior-output' as const;
