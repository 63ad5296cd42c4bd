// Small constructors for Markdown syntax-tree nodes; input text only ever lands in `text` nodes, never raw HTML.
import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';

export type Inline = PhrasingContent | string;

/** Collapses whitespace so text from the inputs cannot start a new block (a heading, a list, a fence). */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const toInline = (x: Inline): PhrasingContent => (typeof x === 'string' ? { type: 'text', value: clean(x) } : x);

export const text = (value: string): PhrasingContent => ({ type: 'text', value: clean(value) });
export const strong = (...c: Inline[]): PhrasingContent => ({ type: 'strong', children: c.map(toInline) });
export const emph = (...c: Inline[]): PhrasingContent => ({ type: 'emphasis', children: c.map(toInline) });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: clean(value).trim() });
export const link = (url: string, ...c: Inline[]): PhrasingContent => ({ type: 'link', url, children: c.map(toInline) });

export function p(...c: Inline[]): Paragraph {
  return { type: 'paragraph', children: c.map(toInline) };
}

export function h(depth: 1 | 2 | 3 | 4, ...c: Inline[]): Heading {
  return { type: 'heading', depth, children: c.map(toInline) };
}

export function ul(items: (Inline[] | Inline | BlockContent[])[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((it): ListItem => {
      const arr = Array.isArray(it) ? it : [it];
      const blocks =
        arr.length &&
        typeof arr[0] === 'object' &&
        'type' in arr[0] &&
        ['paragraph', 'list', 'table', 'code'].includes((arr[0] as { type: string }).type)
          ? (arr as BlockContent[])
          : [p(...(arr as Inline[]))];
      return { type: 'listItem', spread: false, children: blocks };
    }),
  };
}

/** A cell: one inline piece, or several side by side. */
export type Cell = Inline | Inline[];

/** A GFM table; every cell is inline content. */
export function table(header: string[], rows: Cell[][]): Table {
  const mk = (c: Cell): TableCell => ({ type: 'tableCell', children: (Array.isArray(c) ? c : [c]).map(toInline) });
  const row = (cells: Cell[]): TableRow => ({ type: 'tableRow', children: cells.map(mk) });
  const pad = (r: Cell[]) =>
    r.length >= header.length ? r.slice(0, header.length) : [...r, ...Array<Cell>(header.length - r.length).fill('')];
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map((r) => row(pad(r)))] };
}

export function fence(lang: string, value: string): RootContent {
  return { type: 'code', lang, value: value.replace(/\n$/, '') };
}

export function root(children: RootContent[]): Root {
  return { type: 'root', children };
}
