// Classifies a section by its heading so extraction can weigh what it says.
import type { SectionKind } from '../types.js';

const RULES: [RegExp, SectionKind][] = [
  [/\b(alternatives?|options?\s+considered|rejected|not\s+chosen|comparison|vs\.?|versus|trade-?offs?\s+considered|why\s+not)\b/i, 'alternatives'],
  [/\b(future|roadmap|later\s+phases?|phase\s*[2-9]|post[- ]mvp|long[- ]term|evolution|next\s+steps|out\s+of\s+scope|backlog|nice\s+to\s+have|v2)\b/i, 'future'],
  [/\btechnical\s+assumptions?\b/i, 'technical-assumptions'],
  [/\b(tech(nology)?\s*stack|technology\s+choices|definitive\s+tech|technology\s+selection|stack\s+table)\b/i, 'tech-stack'],
  [/\b(non[- ]functional|requirements?|nfrs?)\b/i, 'requirements'],
  [/\b(constraints?|guidelines?|prohibit|policy|policies|mandates?)\b/i, 'constraints'],
  [/\b(deploy(ment)?|infrastructure|hosting|environments?|ci\/?cd|pipeline)\b/i, 'deployment'],
  [/\b(security|compliance|privacy)\b/i, 'security'],
  [/\b(examples?|sample|snippet|illustration)\b/i, 'example'],
];

/** The kind of a section from its own title; children inherit weaker kinds from their parent. */
export function sectionKind(title: string, parent: SectionKind | null): SectionKind {
  for (const [re, kind] of RULES) if (re.test(title)) return kind;
  // A subsection of an alternatives or future section stays one.
  if (parent === 'alternatives' || parent === 'future' || parent === 'example' || parent === 'tech-stack' || parent === 'technical-assumptions') return parent;
  return 'normal';
}
