// A user journey or persona section tells a user's story: the people, skills and duties in it are the user's, not the team's.
import type { Block } from '../types.js';

const NARRATIVE_TITLE = /\b(?:user\s+)?journeys?\b|\bpersonas?\b|\bday\s+in\s+the\s+life\b|\buser\s+scenarios?\b|\bstory\s*time\b/i;

/** Whether the block sits under a user-journey or persona heading, at any depth. */
export function inNarrative(block: Block): boolean {
  return [block.section.title, ...block.section.trail].some((t) => NARRATIVE_TITLE.test(t));
}
