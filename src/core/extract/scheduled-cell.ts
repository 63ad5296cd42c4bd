// A stack table's value cell tagged with a bare phase ("Zephyr (Phase 3)") schedules the selection; it does not hedge it.
import type { Block } from '../types.js';

// Only the phase itself in the bracket: "(Phase 3)", "(v2)", "(post-MVP)", "(Release 2)". "(Phase 2 if needed)" is not bare.
const PHASE_TAG =
  /^\s*\(\s*(?:phase|release|milestone|stage)\s*\d{1,2}\s*\)|^\s*\(\s*(?:v\d{1,2}(?:\.\d{1,2})?\+?|post[- ]?mvp|post[- ]?launch)\s*\)/i;
// Words anywhere in the row that leave the choice open, so the phase stays a later maybe.
const HEDGE =
  /\b(?:maybe|optional(?:ly)?|conditional(?:ly)?|if\s+(?:needed|required|necessary|applicable|warranted)|as\s+needed|when\s+needed|tbd|to\s+be\s+(?:determined|decided|confirmed)|consider(?:ed|ing)?|possibl[ey]|potential(?:ly)?|evaluat(?:e|ed|ing|ion)|future\s+options?|could|might|may|alternatives?|candidates?|nice[- ]to[- ]have|undecided|not\s+yet\s+decided)\b/i;

/** The cells of a table row's text, which joins them by " | ". */
function cellsOf(text: string): string[] {
  return text.split('|').map((c) => c.trim());
}

/**
 * Whether the name ending at `end` sits in a technology row's value cell followed only by a bare phase tag, in a row
 * that says more about the choice (a version or a rationale) and carries no hedge: the technology is selected for a
 * later phase of this plan, so the design should use it.
 */
export function scheduledSelection(block: Block, start: number, end: number): boolean {
  if (block.type !== 'table-row') return false;
  const text = block.text;
  const cellStart = text.lastIndexOf('|', start - 1) + 1;
  // The category cell names the slot; only a later cell holds the row's choice.
  if (cellStart === 0) return false;
  const next = text.indexOf('|', end);
  const cellEnd = next < 0 ? text.length : next;
  const tag = PHASE_TAG.exec(text.slice(end, cellEnd));
  // The tag must close the item: the cell ends, or the next item of a list starts ("Zephyr (Phase 3), Quokka").
  if (!tag || !/^\s*(?:[,;+&]|$)/.test(text.slice(end + tag[0].length, cellEnd))) return false;
  // A row that names only the slot and the value says nothing that selects it; a version or a reason does.
  if (cellsOf(text).filter((c) => c !== '').length < 3) return false;
  return !HEDGE.test(text);
}
