// Cue words in French, Spanish, German, Portuguese, Italian and Dutch that the English status rules also read: one table, compiled once.

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
    it: ['senza', 'nessun', 'nessuna', 'nessuno', 'non usare', 'non usiamo', 'niente'],
    nl: ['geen', 'zonder', 'niet gebruiken', 'gebruiken geen'],
  },
  // "inspiré de Zephyr", "abgeleitet von Zephyr": where the idea or the code came from, not where the product runs.
  provenance: {
    fr: ['inspiré de', 'inspirée de', 'inspiré par', 'inspirée par', 'dérivé de', 'dérivée de', 'fork de', 'calqué sur', 'calquée sur'],
    es: ['inspirado en', 'inspirada en', 'inspirado por', 'inspirada por', 'derivado de', 'derivada de', 'fork de'],
    de: ['inspiriert von', 'inspiriert durch', 'abgeleitet von', 'Fork von', 'angelehnt an'],
    pt: ['inspirado em', 'inspirada em', 'inspirado por', 'inspirada por', 'derivado de', 'derivada de', 'fork de'],
    it: ['ispirato a', 'ispirata a', 'ispirato da', 'ispirata da', 'derivato da', 'derivata da', 'fork di'],
    nl: ['geïnspireerd door', 'afgeleid van', 'fork van', 'gebaseerd op het ontwerp van'],
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
    it: ['conformità', 'conforme', 'obbligatorio', 'obbligatoria', 'richiesto', 'richiesta', 'deve', 'devono', 'rispettare'],
    nl: ['conform', 'naleving', 'verplicht', 'vereist', 'moet', 'moeten', 'voldoen aan'],
  },
  // A section about the law or personal data ("Conformité & Sécurité", "Datenschutz"): regimes under it are taken on.
  obligationTitle: {
    fr: ['conformité', 'réglementaire', 'réglementation', 'protection des données', 'données personnelles', 'juridique'],
    es: ['cumplimiento', 'normativa', 'regulatorio', 'protección de datos', 'datos personales', 'legal'],
    de: ['Konformität', 'Datenschutz', 'rechtlich', 'Regulierung', 'Compliance-Anforderungen'],
    pt: ['conformidade', 'regulatório', 'proteção de dados', 'dados pessoais', 'jurídico'],
    it: ['conformità', 'normativa', 'protezione dei dati', 'dati personali', 'giuridico'],
    nl: ['naleving', 'regelgeving', 'gegevensbescherming', 'persoonsgegevens', 'juridisch'],
  },
  // "Zephyr en phase 2", "später Zephyr", "in futuro Zephyr": a later step, not this release.
  future: {
    fr: ['plus tard', 'ultérieurement', 'à terme', 'dans le futur', "à l'avenir", 'en phase 2', 'en phase 3', 'prévu pour plus tard'],
    es: ['más adelante', 'en el futuro', 'a futuro', 'en la fase 2', 'en la fase 3', 'posteriormente'],
    de: ['später', 'zukünftig', 'künftig', 'in Zukunft', 'in Phase 2', 'in Phase 3', 'perspektivisch'],
    pt: ['mais tarde', 'no futuro', 'futuramente', 'na fase 2', 'na fase 3', 'posteriormente'],
    it: ['in futuro', 'più avanti', 'successivamente', 'in seguito', 'nella fase 2', 'nella fase 3'],
    nl: ['in de toekomst', 'toekomstig', 'op termijn', 'in fase 2', 'in fase 3'],
  },
  // "Zephyr (optionnel)", "falls nötig Zephyr", "se necessario Zephyr": a choice left to circumstance.
  optional: {
    fr: [
      'optionnel',
      'optionnelle',
      'optionnels',
      'optionnelles',
      'facultatif',
      'facultative',
      'si nécessaire',
      'si besoin',
      'au besoin',
      'éventuellement',
    ],
    es: ['opcional', 'opcionales', 'si es necesario', 'si hace falta', 'eventualmente', 'en caso necesario'],
    de: ['optional', 'wahlweise', 'falls nötig', 'falls erforderlich', 'bei Bedarf', 'gegebenenfalls', 'ggf.'],
    pt: ['opcional', 'opcionais', 'se necessário', 'caso necessário', 'eventualmente', 'se preciso'],
    it: ['opzionale', 'facoltativo', 'facoltativa', 'se necessario', 'se serve', "all'occorrenza", 'eventualmente'],
    nl: ['optioneel', 'facultatief', 'indien nodig', 'zo nodig', 'eventueel', 'desgewenst'],
  },
  // "Zephyr a été rejeté", "Zephyr verworfen", "Zephyr scartato": considered and turned down.
  rejected: {
    fr: ['rejeté', 'rejetée', 'écarté', 'écartée', 'abandonné', 'abandonnée', 'non retenu', 'non retenue'],
    es: ['rechazado', 'rechazada', 'descartado', 'descartada', 'no elegido', 'no elegida'],
    de: ['abgelehnt', 'verworfen', 'nicht gewählt', 'ausgeschlossen'],
    pt: ['rejeitado', 'rejeitada', 'descartado', 'descartada', 'não escolhido', 'não escolhida'],
    it: ['scartato', 'scartata', 'rifiutato', 'rifiutata', 'non scelto', 'non scelta', 'escluso', 'esclusa'],
    nl: ['afgewezen', 'verworpen', 'niet gekozen', 'uitgesloten', 'afgevallen'],
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
