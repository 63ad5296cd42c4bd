// Joins a diagram's edges that share their source, arrow and label into one line (`a -->|"x"| b & c`), then those
// that share their arrow, label and target (`a & b -.-> c`): the same picture in fewer lines.

// An edge line as the diagram builders write it: generated ids (letters and digits) around one arrow, an optional label.
const EDGE = /^(\s*)([A-Za-z]\w*) (-->|-\.->)(\|"[^"|]*"\|)? ([A-Za-z]\w*)$/;

interface Edge {
  indent: string;
  from: string[];
  arrow: string;
  label: string;
  to: string[];
}

const show = (e: Edge) => `${e.indent}${e.from.join(' & ')} ${e.arrow}${e.label} ${e.to.join(' & ')}`;

/** Merges edges in one pass per direction; every other line, and the order of first appearance, stays as it was. */
export function compactEdges(source: string): string {
  const lines = source.split('\n');
  const out: (string | Edge)[] = [];
  const fanOut = new Map<string, Edge>();
  for (const line of lines) {
    const m = EDGE.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const [, indent, from, arrow, label = '', to] = m;
    const key = `${indent}|${from}|${arrow}|${label}`;
    const prev = fanOut.get(key);
    if (prev) {
      if (!prev.to.includes(to)) prev.to.push(to);
      continue;
    }
    const e: Edge = { indent, from: [from], arrow, label, to: [to] };
    fanOut.set(key, e);
    out.push(e);
  }
  // Single-target edges into the same node with the same arrow and label become one fan-in line.
  const fanIn = new Map<string, Edge>();
  const merged: (string | Edge)[] = [];
  for (const x of out) {
    if (typeof x === 'string' || x.to.length > 1) {
      merged.push(x);
      continue;
    }
    const key = `${x.indent}|${x.arrow}|${x.label}|${x.to[0]}`;
    const prev = fanIn.get(key);
    if (prev) {
      if (!prev.from.includes(x.from[0])) prev.from.push(x.from[0]);
      continue;
    }
    fanIn.set(key, x);
    merged.push(x);
  }
  return merged.map((x) => (typeof x === 'string' ? x : show(x))).join('\n');
}
