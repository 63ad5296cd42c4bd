// A requirement that names the means it is met by ("NFR-7: alarms notify the on-call team via Acme Pager") commits that means.
import type { Block } from '../types.js';

// An item that opens with a requirement id: "FR12", "NFR-3", "NFR-OPS-2", "NFR-MAIL-OPS-4.1", bold or not.
const REQUIREMENT_ID = /^[\s*_>#]{0,8}(?:\d{1,3}\.\s{1,3})?(?:\*\*|__)?N?FR(?:[-_ ]?[A-Z]{1,12}){0,3}[-_ ]?\d{1,3}(?:\.\d{1,3})?\b/;
// The name is what the requirement is carried out through: "via X", "using X", "through X", "by means of X".
const MEANS_BEFORE = /\b(?:via|using|through|by\s+means\s+of)\s(?:the\s|an?\s)?$/i;

/** Whether the name at `start` of an id-led requirement item is the means the requirement is met by. */
export function requirementMeans(block: Block, start: number): boolean {
  if (block.type !== 'list-item' && block.type !== 'paragraph' && block.type !== 'heading') return false;
  if (!REQUIREMENT_ID.test(block.text)) return false;
  return MEANS_BEFORE.test(block.text.slice(Math.max(0, start - 30), start));
}
