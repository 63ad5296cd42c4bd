// Regimes outside the catalogue that a document obliges by name ("must comply with the Privacy Act 1988", "POPIA-compliant"), carried as they are written.
import type { Evidence, ListFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { defaultMatcher } from './tech-hits.js';
import { sentenceAround } from '../text/sentence-around.js';

const LAW_WORD = String.raw`(?:Act|Law|Regulations?|Directive|Rules|Standards|Code|Ordinance|Bill)`;
// "the Australian Privacy Act", "the Health Records Act 2001", "Personal Data Protection Law": capitalised words ending in a law word.
const LAW_NAME = String.raw`((?:[A-Z][\w'’.&-]*\s){0,5}${LAW_WORD}(?:\s(?:of\s)?\d{4})?)\b`;
const ACRONYM = String.raw`([A-Z][A-Z0-9]{2,7})`;
const OPAQUE: RegExp[] = [
  new RegExp(
    String.raw`\b(?:[Cc]omply|[Cc]omplies|[Cc]omplying|[Cc]ompliance|[Cc]ompliant|[Cc]onform(?:s|ing)?|[Aa]dheres?|[Aa]dhering)\s(?:with|to)\s(?:the\s)?` +
      LAW_NAME,
    'g',
  ),
  new RegExp(String.raw`\b[Ss]ubject\sto\s(?:the\s)?` + LAW_NAME, 'g'),
  new RegExp(
    String.raw`\b(?:[Cc]omply|[Cc]omplies|[Cc]omplying|[Cc]ompliance|[Cc]ompliant)\s(?:with|to)\s(?:the\s)?` + ACRONYM + String.raw`\b`,
    'g',
  ),
  new RegExp(String.raw`\b` + ACRONYM + String.raw`[- ](?:[Cc]ompliant|[Cc]ompliance)\b`, 'g'),
  // "comply with HIPAA and the Privacy Act 1988": a further name in the list the verb governs (checked against the sentence below).
  new RegExp(String.raw`(?:,|\band|\bor)\s(?:the\s)?` + LAW_NAME, 'g'),
];
const LISTED = OPAQUE[OPAQUE.length - 1];
const VERB = /\b(?:comply|complies|complying|compliance|compliant|conform\w*|adher\w*|subject\s+to)\b/i;
// An acronym "-compliant" is often a format or protocol ("ACID", "OIDC"): it counts only among words about personal data or the law.
const LEGAL_CONTEXT =
  /\b(?:privacy|personal\s+(?:data|information)|data\s+protection|regulat\w*|laws?|legal|legislation|act|health|patients?|consumers?|residency|sovereignty|jurisdiction)\b/i;
// Accessibility standards and in-house conventions are not regimes (contract: canonical-ids.md, compliance).
const NOT_A_REGIME =
  /\b(?:WCAG|ADA|Section\s508|accessibility|coding|style|design|brand|naming|API|UI|UX|internal|team|our|company|house|OWASP|REST|JSON|ACID|OIDC|OAuth|SAML|HTTP|RFC|POSIX|PEP\d*|ISO\s?8601)\b/i;
// A lone law word or a sentence opener is not a name.
const TOO_GENERIC =
  /^(?:the\s)?(?:Act|Law|Regulations?|Directive|Rules|Standards|Code|Ordinance|Bill|All|Any|Each|This|These|Local|Applicable|Relevant)\b/i;

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');

/** Regimes stated with obligation that the catalogue does not know, as facts whose id is the name in kebab case. */
export function extractOpaqueRegimes(docs: SourceDoc[]): ListFact[] {
  const found = new Map<string, Evidence[]>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      for (const re of OPAQUE) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(block.text)) !== null) {
          const name = m[1].trim();
          const start = m.index + m[0].lastIndexOf(m[1]);
          const end = start + m[1].length;
          if (TOO_GENERIC.test(name) || NOT_A_REGIME.test(name)) continue;
          if (/^[A-Z0-9]+$/.test(name) && !LEGAL_CONTEXT.test(sentenceAround(block.text, start, end))) continue;
          if (re === LISTED && !VERB.test(sentenceAround(block.text, start, end))) continue;
          // A name the catalogue knows (GDPR, HIPAA, a technology) is read by the alias table, not here.
          if (defaultMatcher().scan(name).length > 0) continue;
          if (!isCommitment(assertionStatus(doc, block, start, end))) continue;
          const id = kebab(name);
          if (id.length < 3) continue;
          found.set(id, [...(found.get(id) ?? []), evidenceAt(doc, block, start, end)]);
        }
      }
    }
  }
  return [...found.keys()]
    .sort()
    .map((id) => ({ id, evidence: sortEvidence(found.get(id)!), confidence: confidenceOf(found.get(id)!.length) }));
}
