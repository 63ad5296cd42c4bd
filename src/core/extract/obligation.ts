// Whether a compliance regime is taken on ("must comply with", "-compliant", "required", "subject to") or only named ("unlike HIPAA").
import type { Block } from '../types.js';
import { hasCue } from './cue-words.js';
import { inNarrative } from './narrative.js';
import { sentenceAround } from '../text/sentence-around.js';

// Words of obligation, certification or audit in the regime's own sentence.
const OBLIGATION =
  /\b(?:compl(?:y|ies|ying|iance|iant)|must|shall|required|requires?|requirements?|mandat(?:e|ed|es|ory)|obligat\w*|subject\s+to|adher(?:e|es|ence|ing)|conform\w*|in\s+accordance\s+with|certif\w*|attest\w*|audit\w*|regulat\w*|governed\s+by|under|scope)\b/i;
// A section or list label that is itself about obligations ("Compliance", "Regulatory", "Data Protection").
const OBLIGATION_TITLE = /\b(?:complian\w*|regulat\w*|legal|privacy|certifications?|data\s+protection|governance)\b/i;

// In a user journey or persona a regime is the user's world ("assigned to add HIPAA audit logging at a clinic") unless the
// sentence itself binds the product with a strong modal.
const STRONG_OBLIGATION = /\b(?:must|shall|compl(?:y|ies|iant)\s+with|required\s+(?:by|to)|mandat(?:ed|ory)|subject\s+to)\b|-compliant\b/i;

/** The regime named at [start, end) of the block is stated with obligation, by its sentence or by the section it sits in. */
export function obligationStated(block: Block, start: number, end: number): boolean {
  const sentence = sentenceAround(block.text, start, end);
  if (inNarrative(block)) return STRONG_OBLIGATION.test(sentence);
  if (OBLIGATION.test(sentence) || hasCue('obligation', sentence)) return true;
  const aboutObligations = (t: string) => OBLIGATION_TITLE.test(t) || hasCue('obligationTitle', t);
  return block.section.trail.some(aboutObligations) || aboutObligations(block.section.title);
}
