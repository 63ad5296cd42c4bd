// Keeps each statement of the PRD's Technical Assumptions (or an equivalent section) with its topic and subjects, for cross-checking.
import type { Block, AssumptionStatement, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';
import { subjectsOf } from './subjects.js';

// Headings that play the part of "Technical Assumptions" (the product's technical commitments, stated before the
// architecture); a whole "Technical Requirements Document" title does not.
const EQUIVALENT_TITLE =
  /\btechnical\s+(?:assumptions?|requirements|constraints)\b(?!\s+(?:document|specification|spec)\b)|\barchitecture\s+stack\b/i;

/** The block sits under Technical Assumptions or a heading that plays its part (any level of its trail). */
function inAssumptions(block: Block): boolean {
  if (block.section.kind === 'technical-assumptions') return true;
  if (block.section.kind === 'alternatives' || block.section.kind === 'future' || block.section.kind === 'example') return false;
  return block.section.trail.some((t) => EQUIVALENT_TITLE.test(t)) || EQUIVALENT_TITLE.test(block.section.title);
}

const LABEL = /^\s*(?:\*\*)?([A-Z][\w /&()+.-]{1,60}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*/;

export function extractTechnicalAssumptions(docs: SourceDoc[]): AssumptionStatement[] {
  const out: AssumptionStatement[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (!inAssumptions(block) || block.type === 'code' || block.type === 'table-header') continue;
      const text = block.text.replace(/\s+/g, ' ').trim();
      if (text.length < 4) continue;
      const label = block.type === 'heading' ? null : LABEL.exec(text);
      const isRoot = EQUIVALENT_TITLE.test(block.section.title);
      if (block.type === 'heading') {
        // Headings like "Repository Structure: Monorepo" are statements; plain topic headings are not.
        if (!/:/.test(text)) continue;
      }
      const topic = label
        ? label[1].trim()
        : block.type === 'heading'
          ? text.split(':')[0].trim()
          : isRoot
            ? 'General'
            : block.section.title;
      out.push({
        topic,
        text: text.length > 400 ? `${text.slice(0, 397)}...` : text,
        ...subjectFields(block),
        evidence: [evidenceAt(doc, block)],
      });
    }
  }
  return out;
}

function subjectFields(block: Block): Pick<AssumptionStatement, 'subjects' | 'negated' | 'positive'> {
  const s = subjectsOf(block);
  return { subjects: s.all, negated: s.negated, positive: s.positive };
}
