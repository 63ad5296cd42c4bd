// A stack row whose category names more slots than its platform's own ("Vercel | Hosting + CI/CD") commits what the platform supplies there.
import type { Block } from '../types.js';
import { kb } from '../knowledge/active.js';
import { cellIndex } from './assertion-status.js';
import { slotsNamed } from './slot-words.js';

// A cell that argues for the row names its benefits, not the slots the row fills.
const REASON_HEADER = /^\s*(?:rationale|reasons?|why|notes?|justification|comments?|benefits?|remarks?|version)\b/i;

/**
 * The technologies a platform named at `at` supplies for the other slots its row names: the catalogue record's `defaults`
 * ("Vercel | Hosting + CI/CD" → Vercel's own deployments as the pipeline). A slot the platform fills itself adds nothing.
 */
export function rowSuppliedTech(block: Block, at: number, id: string): string[] {
  const record = kb().tech(id);
  if (block.type !== 'table-row' || !block.cells || !record?.defaults) return [];
  const own = cellIndex(block.text, at);
  const out: string[] = [];
  block.cells.forEach((cell, i) => {
    if (i === own || REASON_HEADER.test(block.header?.[i] ?? '')) return;
    for (const slot of slotsNamed(cell)) {
      const supplied = record.defaults?.[slot];
      if (supplied && !record.slots.includes(slot) && kb().tech(supplied) && !out.includes(supplied)) out.push(supplied);
    }
  });
  return out;
}
