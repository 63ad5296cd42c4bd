// Cue words in French, Spanish, German and Portuguese that the English status rules also read: one table, compiled once.

/**
 * Each role lists phrases per language. Phrases are plain words (no patterns): a space matches any run of blanks and
 * an apostrophe matches ' or ’. English cues stay in the rules that use them; this table only widens them.
 */
export const CUE_WORDS = {
  // "Pas de Zephyr", "sin Zephyr", "kein Zephyr": the name right after is refused.
  negation: {
    fr: ['pas de', "pas d'", 'sans', 'aucun', 'aucune', 'jamais de', 'ni'],
    es: ['sin', 'ningún', 'ninguna', 'nada de', 'no usar', 'no usamos'],
    de: ['kein', 'keine', 'keinen', 'keiner', 'ohne', 'nicht'],
    pt: ['sem', 'nenhum', 'nenhuma', 'não usar', 'não usamos'],
  },
  // "inspiré de Zephyr", "abgeleitet von Zephyr": where the idea or the code came from, not where the product runs.
  provenance: {
    fr: ['inspiré de', 'inspirée de', 'inspiré par', 'inspirée par', 'dérivé de', 'dérivée de', 'fork de', 'calqué sur', 'calquée sur'],
    es: ['inspirado en', 'inspirada en', 'inspirado por', 'inspirada por', 'derivado de', 'derivada de', 'fork de'],
    de: ['inspiriert von', 'inspiriert durch', 'abgeleitet von', 'Fork von', 'angelehnt an'],
    pt: ['inspirado em', 'inspirada em', 'inspirado por', 'inspirada por', 'derivado de', 'derivada de', 'fork de'],
  },
  // "Conformité RGPD obligatoire", "cumplimiento de la LOPD", "DSGVO-konform": a regime the product takes on.
  obligation: {
    fr: [
      'conformité',
      'conforme',
      'conformes',
      'obligatoire',
      'obligatoires',
      'exigé',
      'exigée',
      'requis',
      'requise',
      'doit',
      'doivent',
      'respect du',
      'respect de la',
    ],
    es: ['cumplimiento', 'cumplir', 'cumple', 'obligatorio', 'obligatoria', 'requerido', 'requerida', 'debe', 'deben', 'conforme'],
    de: ['konform', 'Konformität', 'erforderlich', 'Pflicht', 'verpflichtend', 'muss', 'müssen', 'einhalten', 'Einhaltung'],
    pt: ['conformidade', 'conforme', 'obrigatório', 'obrigatória', 'exigido', 'exigida', 'deve', 'devem', 'cumprir', 'cumprimento'],
  },
  // A section about the law or personal data ("Conformité & Sécurité", "Datenschutz"): regimes under it are taken on.
  obligationTitle: {
    fr: ['conformité', 'réglementaire', 'réglementation', 'protection des données', 'données personnelles', 'juridique'],
    es: ['cumplimiento', 'normativa', 'regulatorio', 'protección de datos', 'datos personales', 'legal'],
    de: ['Konformität', 'Datenschutz', 'rechtlich', 'Regulierung', 'Compliance-Anforderungen'],
    pt: ['conformidade', 'regulatório', 'proteção de dados', 'dados pessoais', 'jurídico'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type CueRole = keyof typeof CUE_WORDS;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase as a pattern source: blanks are one or more spaces, an apostrophe is either kind. */
function phraseSource(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => escape(w).replace(/'/g, "['’]"))
    .join('[ \\t]+');
}

/** The phrases of a role, longest first so "pas d'" is tried as a whole. */
export function cuePhrases(role: CueRole): string[] {
  const all = Object.values(CUE_WORDS[role]).flat() as string[];
  return [...new Set(all)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** An alternation of the role's phrases, bounded by non-letters (accents count as letters). */
export function cueSource(role: CueRole): string {
  return `(?<![\\p{L}\\p{N}])(?:${cuePhrases(role).map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`;
}

const FOUND = new Map<CueRole, RegExp>();

/** Whether the text holds one of the role's phrases anywhere (case-insensitive). */
export function hasCue(role: CueRole, text: string): boolean {
  let re = FOUND.get(role);
  if (!re) FOUND.set(role, (re = new RegExp(cueSource(role), 'iu')));
  return re.test(text);
}

const ENDING = new Map<CueRole, RegExp>();

/** Whether the text ends with one of the role's phrases, then blanks (what sits right before a name). */
export function endsWithCue(role: CueRole, text: string): boolean {
  let re = ENDING.get(role);
  if (!re) ENDING.set(role, (re = new RegExp(`${cueSource(role)}[ \\t]*$`, 'iu')));
  return re.test(text);
}
