// A regime named as what the product's own templates or reports cover ("GDPR report templates") is its subject, not an obligation.

// The list of names a regime sits in: "GDPR, HIPAA, SOX, and PCI-DSS". One step walks over one name and its separator.
const SEPARATOR = String.raw`(?:, and|, or|,| and| or| &|\/) ?`;
const SEPARATOR_END = new RegExp(`${SEPARATOR}$`);
const STEP_FORWARD = new RegExp(`^${SEPARATOR}[A-Z][\\w.-]*(?: [A-Z0-9][\\w.-]*)?`);
const MAX_STEPS = 8;
const WORD_CHAR = /[\w.-]/;

/** Where the word ending at `end` starts (letters, digits, dots and hyphens). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 40 && WORD_CHAR.test(text[i - 1])) i--;
  return i;
}

/** The start of the name and separator right before `from` ("SOC 2, " or "GDPR/"), or -1 when none is there. */
function stepBack(text: string, from: number): number {
  const sep = SEPARATOR_END.exec(text.slice(Math.max(0, from - 6), from));
  if (!sep) return -1;
  const end = from - sep[0].length;
  const start = wordStart(text, end);
  const word = text.slice(start, end);
  if (!/^[A-Z0-9]/.test(word)) return -1;
  // A two-word name ("SOC 2", "ISO 27001"): a capitalised word, a blank, then this one.
  if (start > 1 && text[start - 1] === ' ') {
    const first = wordStart(text, start - 1);
    if (first < start - 1 && /^[A-Z]/.test(text.slice(first, start - 1))) return first;
  }
  return /^[A-Z]/.test(word) ? start : -1;
}

// "report templates (GDPR, HIPAA)", "templates for GDPR and SOX", "(HIPAA, SOX) checklists": artefacts the product ships.
const ARTEFACT_BRACKET_BEFORE = /\b(?:templates?|checklists?|questionnaires?)\s?\(\s?$/i;
const ARTEFACT_FOR_BEFORE = /\b(?:templates?|checklists?|questionnaires?)\s(?:for|covering)\s(?:the\s)?$/i;
const ARTEFACT_AFTER = /^\)?\s?(?:(?:compliance|audit|regulatory)[\s-])?(?:reports?\s)?(?:templates?|checklists?|questionnaires?)\b/i;
// "shall generate compliance-ready reports (GDPR, HIPAA)": reports the product writes for its users, said with a verb of making.
// A report the team must obtain ("a SOC 2 Type II report is required") has no such verb and stays an obligation.
const REPORTS_BRACKET_BEFORE = /\b(?:reports?|exports?)\s?\(\s?$/i;
const MAKING = /\b(?:generat\w*|produc\w*|export\w*|creat\w*|build\w*|render\w*|print\w*)\b/i;

/** Whether the regime at [start, end) of `text` is named as the content of templates or reports the product makes. */
export function regimeAsContent(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = 0; i < MAX_STEPS; i++) {
    const back = stepBack(text, from);
    if (back < 0) break;
    from = back;
  }
  let to = end;
  for (let i = 0; i < MAX_STEPS; i++) {
    const m = STEP_FORWARD.exec(text.slice(to, to + 40));
    if (!m) break;
    to += m[0].length;
  }
  const before = text.slice(Math.max(0, from - 120), from);
  if (ARTEFACT_BRACKET_BEFORE.test(before) || ARTEFACT_FOR_BEFORE.test(before)) return true;
  if (ARTEFACT_AFTER.test(text.slice(to, to + 40))) return true;
  if (!REPORTS_BRACKET_BEFORE.test(before)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(':'), before.lastIndexOf('\n')) + 1);
  return MAKING.test(clause);
}
