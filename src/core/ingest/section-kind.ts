// Classifies a section by its heading so extraction can weigh what it says.
import type { SectionKind } from '../types.js';

// "Option 2: Quokka Full Stack": one of several options laid out; the one marked recommended or chosen is the pick.
const OPTION_HEAD = /^\W*option\s+(?:\d{1,2}|[a-h])\b(?![^\n]*\b(?:recommended|chosen|selected|preferred|winner|decision)\b)/i;

/** Whether a heading or label lays out an option that is not marked as the pick. */
export function isUnchosenOption(title: string): boolean {
  return title.length <= 120 && OPTION_HEAD.test(title);
}

const RULES: [RegExp, SectionKind][] = [
  [OPTION_HEAD, 'alternatives'],
  [
    /\b(alternatives?|options?\s+considered|considered\s+options?|rejected|not\s+(?:chosen|selected)|comparison|compared|vs\.?|versus|trade-?offs?\s+considered|why\s+not)\b/i,
    'alternatives',
  ],
  [
    /\b(future|roadmap|later\s+phases?|phase\s*[2-9]|post[- ]mvp|long[- ]term|evolution|next\s+steps|out\s+of\s+scope|backlog|nice\s+to\s+have|v2|migration\s+path|scale\s+phase|deferred|non[- ]goals?|not\s+in\s+scope|won'?t\s+(?:do|have)|parking\s+lot|open\s+questions?|bonus\s+features?|stretch\s+goals?|time\s+permitting|if\s+time\s+permits|optional\s+(?:features?|extras?|enhancements?))\b/i,
    'future',
  ],
  [/\btechnical\s+assumptions?\b/i, 'technical-assumptions'],
  [
    /\b(tech(nology)?\s*stack|technology\s+choices|definitive\s+tech|technology\s+selections?|stack\s+table|tech\s+stack\s+selections?)\b|^\W*(?:\d+[.)]?\s*)?(?:the\s+)?stack\W*$/i,
    'tech-stack',
  ],
  [/\b(non[- ]functional|requirements?|nfrs?)\b/i, 'requirements'],
  [/\b(constraints?|guidelines?|prohibit|policy|policies|mandates?)\b/i, 'constraints'],
  [/\b(deploy(ment)?|infrastructure|hosting|environments?|ci\/?cd|pipeline)\b/i, 'deployment'],
  [/\b(security|compliance|privacy)\b/i, 'security'],
  [/\b(examples?|sample|snippet|illustration)\b/i, 'example'],
];

/** Kinds that everything below a heading shares, whatever its own title says. */
export const STICKY: SectionKind[] = ['alternatives', 'future', 'example'];

/** The kind of a section from its own title; children inherit weaker kinds from their parent. */
export function sectionKind(title: string, parent: SectionKind | null): SectionKind {
  // "Alternatives > Deployment" is still about alternatives, not about the chosen deployment.
  if (parent && STICKY.includes(parent)) return parent;
  for (const [re, kind] of RULES) if (re.test(title)) return kind;
  if (parent === 'tech-stack' || parent === 'technical-assumptions') return parent;
  return 'normal';
}
