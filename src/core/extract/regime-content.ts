// A regime named as what the product's own templates or reports cover ("GDPR report templates") is its subject, not an obligation.

// The list of names a regime sits in: "GDPR, HIPAA, SOX, and PCI-DSS". One step walks over one name and its separator.
const NAME = String.raw`[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*)?`;
const SEPARATOR = String.raw`(?:, and|, or|,| and| or| &|\/) ?`;
const STEP_BACK = new RegExp(`${NAME}${SEPARATOR}$`);
const STEP_FORWARD = new RegExp(`^${SEPARATOR}${NAME}`);
const MAX_STEPS = 8;

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
    const m = STEP_BACK.exec(text.slice(Math.max(0, from - 40), from));
    if (!m) break;
    from -= m[0].length;
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
