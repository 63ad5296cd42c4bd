// Finds a stated RTO or RPO and its duration, wherever and however the document writes it.
import type { DocumentView } from '../validate/document-view.js';

const NAMES = {
  rto: /\bRTO\b|recovery[- ]time(?:[- ]objective)?|time to recover/i,
  rpo: /\bRPO\b|recovery[- ]point(?:[- ]objective)?|(?:maximum|acceptable) data loss/i,
};

// Starts at the first digit of a number: a comparison word before it changes nothing read here.
const DURATION = /(?<!\d)(\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\b/i;
const NEAR_ZERO = /\b(?:zero|near[- ]zero|none|no data loss|real[- ]time|continuous|0)\b/i;

const UNIT_MINUTES: [RegExp, number][] = [
  [/^s/i, 1 / 60],
  [/^m/i, 1],
  [/^h/i, 60],
  [/^d/i, 1440],
  [/^w/i, 10080],
];

export interface Objective {
  line: number;
  /** The duration in minutes, or null when only "near zero" or similar was stated. */
  minutes: number | null;
}

/** The text after the objective's name, so "RTO: 4 hours, RPO: 1 hour" reads each value in turn. */
function valueAfter(text: string, name: RegExp): string | null {
  const m = name.exec(text);
  return m ? text.slice(m.index + m[0].length) : null;
}

/** Searches prose, list items and tables (reading a row's cell under an RTO/RPO column). */
export function findObjective(view: DocumentView, which: 'rto' | 'rpo'): Objective | null {
  const name = NAMES[which];
  for (const b of view.blocks) {
    let tail: string | null = null;
    if (b.type === 'table-row' && b.header && b.cells) {
      const col = b.header.findIndex((h) => name.test(h));
      if (col >= 0) tail = b.cells[col] ?? '';
      else if (b.cells.some((c) => name.test(c))) tail = valueAfter(b.cells.join(' | '), name);
    } else if (b.type !== 'code' || /ya?ml|json|text|^$/.test(b.lang ?? '')) {
      tail = valueAfter(b.text, name);
    }
    if (tail === null) continue;
    // Only the value that belongs to this objective: stop at the other objective's name.
    const other = NAMES[which === 'rto' ? 'rpo' : 'rto'];
    const cut = other.exec(tail);
    const own = (cut ? tail.slice(0, cut.index) : tail).slice(0, 120);
    const d = DURATION.exec(own);
    if (d) {
      const unit = UNIT_MINUTES.find(([re]) => re.test(d[2]));
      return { line: b.line, minutes: Number(d[1]) * (unit ? unit[1] : 1) };
    }
    if (NEAR_ZERO.test(own)) return { line: b.line, minutes: null };
  }
  return null;
}
