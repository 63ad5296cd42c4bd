// Flattens absurd structure before Markdown parsing: nesting thousands of levels deep and tables thousands of columns
// wide make the parser's time and memory grow far faster than the text, and no document needs them. Lines keep their
// numbers and their words.

/** Real planning documents stay under ~20 levels of lists, quotes or brackets; anything deeper is read flat. */
export const MAX_NESTING = 32;
/** Indentation beyond this many columns adds nothing but costs quadratic parse time in deep lists. */
export const MAX_INDENT = 64;
/** A run of one emphasis character longer than this opens no more emphasis levels. */
const MAX_DELIMITER_RUN = MAX_NESTING;
/** Wider tables are read as plain text: every cell becomes a node, and thousands per row exhaust memory. */
export const MAX_TABLE_COLUMNS = 64;

export type FlattenedKind = 'indentation' | 'containers' | 'brackets' | 'emphasis' | 'table';

export interface BoundResult {
  /** The text to parse: the same lines, with the structure beyond the limits neutralised. */
  text: string;
  /** The first line (1-based) where something was flattened, or null when nothing was. */
  line: number | null;
  kinds: FlattenedKind[];
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** End offsets of each container marker (`>`, `-`, `*`, `+`, `1.`, `1)`) at the start of a line, in order. */
function containerMarkers(line: string): number[] {
  const ends: number[] = [];
  let i = 0;
  for (;;) {
    let j = i;
    while (isSpace(line[j])) j++;
    const c = line[j];
    if (c === '>') {
      ends.push(j + 1);
      i = j + 1;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (isSpace(line[j + 1]) || j + 1 === line.length)) {
      ends.push(j + 1);
      i = j + 1;
      continue;
    }
    if (isDigit(c)) {
      let k = j;
      while (k - j < 9 && isDigit(line[k])) k++;
      if ((line[k] === '.' || line[k] === ')') && (isSpace(line[k + 1]) || k + 1 === line.length)) {
        ends.push(k + 1);
        i = k + 1;
        continue;
      }
    }
    return ends;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Where a GFM table's delimiter row (`| --- | :-: |`) puts its first dash and how many columns it has, or null. */
function delimiterRow(line: string, from: number): { dash: number; columns: number } | null {
  let pipes = 0;
  let dash = -1;
  let cellHasDash = false;
  let columns = 0;
  let inCell = false;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '|') {
      pipes++;
      if (inCell) {
        if (!cellHasDash) return null;
        columns++;
      }
      inCell = false;
      cellHasDash = false;
    } else if (c === '-' || c === ':') {
      inCell = true;
      if (c === '-') {
        cellHasDash = true;
        if (dash < 0) dash = i;
      }
    } else if (!isSpace(c) && c !== '\r') {
      return null;
    }
  }
  if (inCell) {
    if (!cellHasDash) return null;
    columns++;
  }
  return dash >= 0 && (pipes > 0 || columns > 1) ? { dash, columns } : null;
}

/**
 * Neutralises nesting beyond the limits, in one pass over the text:
 * - indentation deeper than MAX_INDENT columns is cut to MAX_INDENT (deep lists);
 * - container markers (quotes, list items) beyond MAX_NESTING on one line are dropped;
 * - brackets opened beyond MAX_NESTING in a paragraph, and emphasis runs longer than MAX_NESTING, are escaped with a
 *   backslash, which the parser reads back as the same character: the text of every block stays the same;
 * - a table wider than MAX_TABLE_COLUMNS loses its delimiter row (one escaped dash), so it reads as a paragraph.
 * Fenced code is left as it is.
 */
export function boundStructure(text: string): BoundResult {
  const lines = text.split('\n');
  const kinds = new Set<FlattenedKind>();
  let first: number | null = null;
  const mark = (kind: FlattenedKind, index: number) => {
    kinds.add(kind);
    if (first === null) first = index + 1;
  };
  let fence: string | null = null;
  // Open brackets of the current paragraph: true for one that was escaped, so its closer is escaped too.
  let brackets: boolean[] = [];
  let open = 0;

  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    if (fence !== null) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = null;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening && !(opening[1][0] === '`' && line.slice(opening[0].length).includes('`'))) {
      fence = opening[1];
      continue;
    }
    if (line.trim() === '') {
      brackets = [];
      open = 0;
      continue;
    }
    let indent = 0;
    while (isSpace(line[indent])) indent++;
    if (indent > MAX_INDENT) {
      line = line.slice(0, MAX_INDENT) + line.slice(indent);
      mark('indentation', n);
    }
    const ends = containerMarkers(line);
    if (ends.length > MAX_NESTING) {
      line = line.slice(0, ends[MAX_NESTING - 1]) + line.slice(ends[ends.length - 1]);
      mark('containers', n);
    }
    const start = ends.length > 0 ? Math.min(ends[ends.length - 1], ends[MAX_NESTING - 1] ?? Infinity) : 0;
    const delimiter = delimiterRow(line, start);
    if (delimiter && delimiter.columns > MAX_TABLE_COLUMNS) {
      // An escaped dash is no delimiter cell, so the header, this row and the rows below are read as a paragraph.
      lines[n] = `${line.slice(0, delimiter.dash)}\\${line.slice(delimiter.dash)}`;
      mark('table', n);
      continue;
    }
    const inline = flattenInline(line, start, brackets, open);
    open = inline.open;
    if (inline.changed.length > 0) {
      for (const k of inline.changed) mark(k, n);
      line = inline.line;
    }
    lines[n] = line;
  }
  return { text: lines.join('\n'), line: first, kinds: [...kinds] };
}

/** Escapes brackets opened beyond the limit and emphasis characters beyond the run limit, from `start` on. */
function flattenInline(
  line: string,
  start: number,
  brackets: boolean[],
  openIn: number,
): { line: string; open: number; changed: FlattenedKind[] } {
  let open = openIn;
  const changed = new Set<FlattenedKind>();
  // Unchanged stretches are copied as slices; only escaped characters are added one by one.
  const pieces: string[] = [];
  let copied = 0;
  const escapeAt = (i: number, kind: FlattenedKind | null) => {
    pieces.push(line.slice(copied, i), '\\');
    copied = i;
    if (kind) changed.add(kind);
  };
  let runChar = '';
  let run = 0;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      // An escaped character is literal already.
      i++;
      runChar = '';
      continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      run = c === runChar ? run + 1 : 1;
      runChar = c;
      if (run > MAX_DELIMITER_RUN) escapeAt(i, 'emphasis');
      continue;
    }
    runChar = '';
    if (c === '[') {
      const escape = open >= MAX_NESTING;
      brackets.push(escape);
      if (escape) escapeAt(i, 'brackets');
      else open++;
    } else if (c === ']' && brackets.length > 0) {
      if (brackets.pop()) escapeAt(i, null);
      else open--;
    }
  }
  if (pieces.length === 0) return { line, open, changed: [] };
  pieces.push(line.slice(copied));
  return { line: pieces.join(''), open, changed: [...changed] };
}
