// Reads must / prohibit / prefer statements from guidelines and the PRD's Technical Assumptions.
import type { Block, ConstraintFact, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';
import { subjectsOf } from './subjects.js';
import { PROHIBITED_TITLE } from './negation.js';

const PROHIBIT =
  /\b(must\s+not|shall\s+not|may\s+not|cannot|can't|do\s+not|don't|never|prohibited|forbidden|not\s+(?:allowed|permitted)|disallowed|banned|avoid|discouraged|won't\s+use|(?:will|are|is)\s+not\s+(?:use|using|run|running|adopt|adopting|deploy|deploying))\b/i;
// Case matters here: "No" opening a sentence, or "no" before a capitalised name ("no EKS"); "(no stored keys)" is not a rule.
const NO_RULE = /(?:^|[.!?;:—–(])[\s*_]*No\s+[\w-]|\b[Nn]o\s+(?:use\s+of\s+)?[A-Z]/;
const MUST =
  /\b(must|shall|required|requires?|mandatory|mandated|needs?\s+to|has\s+to|have\s+to|only\s+use|will\s+use|will\s+be\s+(?:used|deployed|hosted)|only\s+(?:in|on|via|through|with)|all\s+[\w\s-]{1,40}?\s(?:is|are)\s+(?:defined|deployed|hosted|managed|provisioned|run|stored)\s+(?:in|on|with|through))\b/i;
const PREFER = /\b(prefer(?:red|ably|s)?|should|favou?r(?:ed|s)?|recommended|ideally|where\s+possible)\b/i;

/** A short stable id from the text, so the same statement keeps its id between runs. */
export function stableId(prefix: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(16).padStart(8, '0').slice(0, 6)}`;
}

function sourceOf(doc: SourceDoc, block: Block): ConstraintFact['source'] | null {
  if (block.section.kind === 'technical-assumptions') return 'technical-assumptions';
  if (doc.role === 'guidelines' || doc.role === 'deployment') return 'guidelines';
  if (block.section.kind === 'constraints') return doc.role === 'prd' ? 'requirements' : 'architecture';
  return null;
}

export function extractConstraints(docs: SourceDoc[]): ConstraintFact[] {
  const out: ConstraintFact[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || block.type === 'heading' || block.type === 'table-header') continue;
      if (['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const source = sourceOf(doc, block);
      if (!source) continue;
      const text = block.text.replace(/\s+/g, ' ').trim();
      if (text.length < 6) continue;
      // Only what the statement negates is prohibited; the other names it mentions are context, or mandated when it also demands.
      const { negated, positive } = subjectsOf(block);
      const listedRefusal = negated.length > 0 && PROHIBITED_TITLE.test(block.section.title);
      const prohibits = PROHIBIT.test(text) || NO_RULE.test(text) || listedRefusal;
      const kind: ConstraintFact['kind'] | null = prohibits ? 'prohibit' : MUST.test(text) ? 'must' : PREFER.test(text) ? 'prefer' : null;
      if (!kind) continue;
      const facts: [ConstraintFact['kind'], string[], string][] = [[kind, kind === 'prohibit' ? negated : positive, text]];
      if (kind === 'prohibit' && positive.length > 0 && MUST.test(text.replace(/\b(?:must|shall|may)\s+not\b/gi, '')))
        facts.push(['must', positive, `must:${text}`]);
      for (const [k, subjects, key] of facts) {
        const id = stableId('constraint', `${doc.path}:${key}`);
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          id,
          kind: k,
          text: text.length > 300 ? `${text.slice(0, 297)}...` : text,
          subjects,
          source,
          evidence: [evidenceAt(doc, block)],
        });
      }
    }
  }
  return out;
}
