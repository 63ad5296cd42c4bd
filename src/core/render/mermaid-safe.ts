// Makes any text safe inside a Mermaid label and hands out generated node ids, so input names cannot break a diagram.

/**
 * Allow-list: letters, digits, spaces and a few harmless punctuation marks. Everything else (quotes, brackets,
 * pipes, angle brackets, `#`, `&`, `;`, backticks, arrows) becomes a space, so `"]-->` or `<script>` lose their meaning.
 */
export function safeLabel(text: string, width = 28): string {
  let s = text.normalize('NFKC').replace(/[^\p{L}\p{N} .,:/+_()%-]/gu, ' ');
  // "--" and "-." could read as link syntax in some diagram types; keep single hyphens only.
  s = s
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  return s ? wrap(s, width).join('<br/>') : 'unnamed';
}

/** Word-wraps a sanitised label into lines of at most `width` characters (a longer word keeps its own line); nothing is cut. */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Generated ids: a fixed prefix plus a counter, never derived from input text, never a Mermaid keyword. */
export class NodeIds {
  private map = new Map<string, string>();
  constructor(private prefix = 'n') {}

  id(key: string): string {
    let v = this.map.get(key);
    if (!v) {
      v = `${this.prefix}${this.map.size + 1}`;
      this.map.set(key, v);
    }
    return v;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }
}

/** `id["label"]` with the given shape brackets. */
export function node(id: string, label: string, shape: 'box' | 'round' | 'db' | 'stadium' | 'hex' = 'box'): string {
  const l = `"${safeLabel(label)}"`;
  switch (shape) {
    case 'round':
      return `${id}(${l})`;
    case 'db':
      return `${id}[(${l})]`;
    case 'stadium':
      return `${id}([${l}])`;
    case 'hex':
      return `${id}{{${l}}}`;
    default:
      return `${id}[${l}]`;
  }
}

/** An arrow with an optional label. */
export function edge(from: string, to: string, label?: string, dotted = false): string {
  const arrow = dotted ? '-.->' : '-->';
  return label ? `${from} ${arrow}|"${safeLabel(label, 24)}"| ${to}` : `${from} ${arrow} ${to}`;
}

/** A subgraph with a generated id and a quoted title. */
export function subgraph(id: string, title: string, body: string[], indent = '  '): string[] {
  return [`${indent}subgraph ${id}["${safeLabel(title, 40)}"]`, ...body.map((b) => `${indent}  ${b}`), `${indent}end`];
}
