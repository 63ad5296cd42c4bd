// Keeps each statement of the PRD's Technical Assumptions with its topic and subjects, for cross-referencing.
import type { AssumptionStatement, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';
import { subjectsOf } from './subjects.js';

const LABEL = /^\s*(?:\*\*)?([A-Z][\w /&()+.-]{1,60}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*/;

export function extractTechnicalAssumptions(docs: SourceDoc[]): AssumptionStatement[] {
  const out: AssumptionStatement[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.section.kind !== 'technical-assumptions' || block.type === 'code' || block.type === 'table-header') continue;
      const text = block.text.replace(/\s+/g, ' ').trim();
      if (text.length < 4) continue;
      const label = block.type === 'heading' ? null : LABEL.exec(text);
      const isRoot = /\btechnical\s+assumptions?\b/i.test(block.section.title);
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
        subjects: subjectsOf(block).all,
        evidence: [evidenceAt(doc, block)],
      });
    }
  }
  return out;
}
