// Builds evidence quotes from blocks and keeps evidence lists sorted and free of duplicates.
import type { Block, Evidence, SourceDoc } from '../types.js';

const MAX_QUOTE = 160;

/** The line of a character offset inside a block's text. */
export function lineAt(block: Block, offset: number): number {
  if (block.endLine <= block.line) return block.line;
  let line = block.line;
  for (let i = 0; i < offset && i < block.text.length; i++) if (block.text.charCodeAt(i) === 10) line++;
  return Math.min(line, Math.max(block.endLine, block.line));
}

/** A quote of at most 160 characters around [start, end) of the block's text, whitespace collapsed. */
export function quoteAround(text: string, start = 0, _end = start): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  // Only short texts are flattened whole; a huge block is cut around the hit first.
  if (text.length <= MAX_QUOTE * 3) {
    const whole = flat(text);
    if (whole.length <= MAX_QUOTE) return whole;
  }
  const from = Math.max(0, Math.min(start - 60, text.length - MAX_QUOTE));
  let q = flat(text.slice(from, from + MAX_QUOTE + 40));
  if (q.length > MAX_QUOTE) q = q.slice(0, MAX_QUOTE).trimEnd();
  return q;
}

export function evidenceAt(doc: SourceDoc, block: Block, start = 0, end = start): Evidence {
  return { file: doc.path, line: lineAt(block, start), quote: quoteAround(block.text, start, end) };
}

/** Sorted by file then line, one entry per file and line. */
export function sortEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0),
  )) {
    const key = `${e.file}\u0000${e.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Confidence in (0, 1] from the summed weight of the supporting hits. */
export function confidenceOf(weight: number): number {
  return Math.round(Math.min(1, Math.max(0.05, 0.4 + 0.3 * weight)) * 100) / 100;
}
