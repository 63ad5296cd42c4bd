// Reads the words around a hit: negation, rejection, future phases, conditions and examples demote it.
import type { MentionReason } from '../types.js';
import { inExceptionClause, negatedSentence } from './negation.js';
import { endsWithCue, hasCue } from './cue-words.js';

// Clause boundaries: sentence ends, semicolons, colons, brackets, dashes used as separators, table pipes.
const CLAUSE_BREAK = /[.;:!?|()[\]]\s|[;|()[\]]|\s[–—-]\s|\n/g;

const REJECT_NEAR = /\b(over|vs\.?|versus|unlike|than|replac(?:e|es|ing)|not|no)\s+(?:\S+\s+){0,2}$/i;
const REJECT_BEFORE =
  /\b(instead\s+of|rather\s+than|never|without|avoid(?:ing|s)?|away\s+from|migrat(?:e|ing|ion)\s+(?:away\s+)?from|moved?\s+(?:away\s+)?from|deprecat(?:e|ed|ing)|discouraged|reject(?:ed|ing)?|prohibit(?:ed|s)?|forbid(?:den|s)?|disallow(?:ed)?|ban(?:ned)?|exclud(?:e|ed|ing)|don'?t\s+use|do\s+not\s+use|won'?t\s+use|not\s+using|no\s+need\s+for|eliminat(?:e|es|ing)|unnecessary)\b[^,]{0,40}$/i;
const REJECT_AFTER =
  /^[^,]{0,30}?\b(was|were|is|are|has\s+been|have\s+been)\s+(?:(?:evaluated|considered|tested|trialled|tried|assessed|reviewed)\s+(?:and|but)\s+)?(rejected|not\s+chosen|ruled\s+out|discarded|deprecated|dropped|replaced|not\s+(?:used|needed|required|selected|recommended|considered|supported|allowed|permitted))\b|^\s*(?:\(\s*)?(rejected|not\s+chosen|not\s+used|deprecated|replaced)\b|^\s*(is|are)\s+(?:not|prohibited|forbidden|disallowed|discouraged|out\s+of\s+scope)\b/i;
// A negated interaction restricts a path to the name, not the name itself ("the UI never talks directly to SQLite").
const INTERACTION_BEFORE =
  /\b(?:talk|speak|call|access|connect|read|writ|quer|reach|touch|send|hit)\w{0,4}\s+(?:(?:directly|straight|itself)\s+)?(?:(?:to|from|into|with|on)\s+)?(?:(?:the|a|an)\s+)?$/i;
const FUTURE_BEFORE =
  /\b(later|future|eventually|phase\s*[2-9]|post[- ]?mvp|v2|roadmap|could|might|would|potential(?:ly)?|possibl[ey]|considered?\s+for|consider(?:ing)?|evaluat(?:e|ing)|planned|plan\s+to|upgrade\s+to|migrat(?:e|ion)\s+to|switch\s+to|move\s+to|scale\s+(?:up\s+)?to|graduate\s+to|once|when\s+(?:we|needed|required|scale)|at\s+scale|tier\s*[2-9]|\$\d+k\+?)\b[^.]{0,60}$/i;
// "Zephyr with its add-on is a candidate for later": named now, adopted in a later step.
const CANDIDATE_LATER =
  /^[^.;]{0,40}?\b(?:is|are)\s+(?:a\s+|the\s+)?candidates?\s+for\s+(?:later|the\s+future|future|a\s+later|phase\s*[2-9]|post[- ]?mvp)\b/i;
const FUTURE_AFTER =
  /^\s*(?:[(,-]\s*)?(later|in\s+the\s+future|in\s+future|future|eventually|post[- ]?mvp|in\s+phase\s*[2-9]|phase\s*[2-9]|\(?v2|when\s+needed|when\s+required|at\s+scale|planned|is\s+planned|will\s+be\s+(?:added|introduced|considered)\s+later|(?:can|could|may|might)\s+be\s+(?:added|introduced|used|adopted|considered))\b/i;
const CONDITION_BEFORE =
  /\b(tbd|to\s+be\s+(?:determined|decided|confirmed)|if|unless|optional(?:ly)?|may|can\s+be\s+swapped|or\s+equivalent|where\s+(?:needed|required|applicable)|as\s+needed|if\s+needed|fallback|alternative(?:ly)?|either)\b[^.]{0,40}$/i;
const CONDITION_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:[(,]\s*)?(optional|if\s+needed|if\s+required|as\s+needed|where\s+needed|if\s+applicable|as\s+a\s+fallback|or\s+similar|or\s+equivalent)\b/i;
const EXAMPLE_MARK = /\b(?:e\.\s?g\.?|eg\.|for\s+example|for\s+instance|such\s+as)[,:]?\s/gi;
// "S3-compatible", "Heroku-like", "Redis-style": the name describes an interface, not a choice.
const LIKENESS_AFTER = /^[-\s]?(?:compatible|like|style|equivalent|inspired|clone)\b/i;
const ALTERNATIVE_BEFORE =
  /\b(?:alternatives?\s+(?:considered|evaluated|explored|were|include|such\s+as)|(?:we\s+)?considered|compared\s+(?:to|with)|competitors?)\b[^.]{0,60}$/i;
// Remote state for infrastructure code ("state in S3 with DynamoDB locking") is tooling, not an application data store.
const STATE_STORE_AFTER =
  /^\s*(?:(?:state|lock)\s+(?:bucket|table|backend|file)s?|(?:for|holding|to\s+store)\s+(?:the\s+)?(?:terraform\s+|tf\s+|iac\s+|remote\s+)?state\b)/i;
const STATE_LOCK_AFTER = /^\s*(?:table\s+)?(?:for\s+)?(?:state\s+)?lock(?:ing|s)?\b/i;
const STATE_BEFORE = /(?:^|\b(?:terraform|tf|iac|remote))\s*state\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:an?\s+|the\s+)?$/i;
const STATE_CONTEXT = /\b(?:terraform|tofu|tfstate|state\s+(?:files?|buckets?|backend))\b|\bstate\b[^.]{0,60}\block/i;

/** A bucket or table named as the remote state or lock of infrastructure code. */
function stateBackend(clause: string, before: string, after: string): boolean {
  if (STATE_STORE_AFTER.test(after)) return true;
  return (STATE_LOCK_AFTER.test(after) || STATE_BEFORE.test(before)) && STATE_CONTEXT.test(clause);
}
/** Words that confine a name to development or tests ("for local development", "E2E tests in X"); shared with the status judge. */
export const LOCAL_ONLY =
  /\b(?:local(?:\s+|-)(?:development|dev|testing|environment|setup)|for\s+(?:local\s+)?(?:development|testing)\s+only|dev(?:elopment)?\s+only|(?:integration|e2e|end[- ]to[- ]end)\s+test(?:ing|s)?|test\s+environments?|testcontainers)\b/i;

function exampleBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 80), start);
  let last = -1;
  EXAMPLE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXAMPLE_MARK.exec(window)) !== null) last = m.index + m[0].length;
  if (last < 0) return false;
  // The example list must still be running: no sentence end or closing bracket between marker and name.
  return !/[.;!?]\s|[)\]]/.test(window.slice(last));
}

function clauseStart(text: string, at: number): number {
  // Only the last couple of hundred characters can hold the clause start that matters; scanning more is quadratic.
  const floor = Math.max(0, at - 200);
  const window = text.slice(floor, at);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(window)) !== null) start = m.index + m[0].length;
  return floor + start;
}

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 300);
  const m = /[.;!?|]\s|[;|\n]|\s[–—]\s/.exec(rest);
  return m ? from + m.index : text.length;
}

/** A negation in another language right before the name, or one or two words before it ("pas de certification X"). */
function negationCueBefore(before: string): boolean {
  let rest = before;
  for (let words = 0; words <= 2; words++) {
    if (endsWithCue('negation', rest)) return true;
    const trimmed = rest.trimEnd();
    const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t')) + 1;
    if (cut <= 0) return false;
    rest = trimmed.slice(0, cut);
  }
  return false;
}

const SLASH_NEXT = / ?\/ ?[\w.+#-]{1,40}/y;

/** Where a slash-joined run that starts with the name ends ("GDPR/CCPA (if required)"): a tag after the run covers each name. */
function slashRunEnd(text: string, end: number): number {
  let at = end;
  for (let i = 0; i < 4; i++) {
    SLASH_NEXT.lastIndex = at;
    const m = SLASH_NEXT.exec(text);
    if (!m) break;
    at = m.index + m[0].length;
  }
  return at;
}

/** Why the hit at [start, end) is not a commitment, judged from its clause; null when nothing demotes it. */
export function phraseDemotion(text: string, start: number, end: number): MentionReason | null {
  const from = clauseStart(text, start);
  // Look back at most ~90 characters: distant words rarely govern a name.
  const before = text.slice(Math.max(from, start - 90), start);
  const after = text.slice(end, Math.min(clauseEnd(text, end), end + 90));
  const runEnd = slashRunEnd(text, end);
  const afterRun = runEnd > end ? text.slice(runEnd, Math.min(clauseEnd(text, runEnd), runEnd + 90)) : after;
  // An example list may run across commas, a negation stops at one.
  if (exampleBefore(text, start) || LIKENESS_AFTER.test(text.slice(end, end + 14))) return 'example';
  if (
    ALTERNATIVE_BEFORE.test(before) ||
    /^\s*(?:or|alternatively)\s/i.test(text.slice(from, start)) ||
    /^\s*(?:\(\s*)?(?:as\s+(?:an?\s+)?)?(?:alternative|fallback)\b/i.test(after)
  )
    return 'alternative';
  // A sentence negated as a whole ("No self-managed caches on EC2", "Discouraged: EC2") commits nothing it names.
  if (negatedSentence(text, start)) return 'rejected';
  const lastComma = before.lastIndexOf(',');
  const nearBefore = lastComma >= 0 ? before.slice(lastComma + 1) : before;
  const rejectedBefore =
    (REJECT_NEAR.test(nearBefore) || REJECT_BEFORE.test(nearBefore) || negationCueBefore(nearBefore)) &&
    !INTERACTION_BEFORE.test(nearBefore);
  // Cues in other languages: what follows the name closely ("Zephyr scartato", "Zephyr später"), or leads its clause.
  const closeAfter = after.slice(0, 30);
  if (rejectedBefore || REJECT_AFTER.test(after) || hasCue('rejected', closeAfter) || endsWithCue('rejected', nearBefore))
    return 'rejected';
  if (
    FUTURE_BEFORE.test(before) ||
    FUTURE_AFTER.test(after) ||
    FUTURE_AFTER.test(afterRun) ||
    CANDIDATE_LATER.test(after) ||
    hasCue('future', before) ||
    hasCue('future', closeAfter)
  )
    return 'future';
  if (hasCue('optional', before) || hasCue('optional', closeAfter)) return 'conditional';
  // An allowance inside a restriction ("except global services (CloudFront) in us-east-1") is not a choice.
  if (inExceptionClause(text, start)) return 'conditional';
  if (stateBackend(text.slice(from, clauseEnd(text, end)), before, text.slice(end, end + 40))) return 'conditional';
  // "TBD (X, Y)": an undecided slot, even when the names sit in brackets after it.
  const wide = text.slice(Math.max(0, start - 60), start);
  if (/\b(?:tbd|to\s+be\s+(?:determined|decided|confirmed))\b[^.;]*$/i.test(wide)) return 'conditional';
  if (
    CONDITION_BEFORE.test(nearBefore) ||
    CONDITION_AFTER.test(after) ||
    CONDITION_AFTER.test(afterRun) ||
    LOCAL_ONLY.test(text.slice(from, clauseEnd(text, end)))
  )
    return 'conditional';
  return null;
}
