// The one judge of what a mention asserts: committed, planned, later, optional, rejected, an example, provenance, dev-only, market, cost or negated.
import type { Block, MentionReason, SourceDoc } from '../types.js';
import { LOCAL_ONLY, phraseDemotion } from './phrase-demotion.js';
import { isUnchosenOption } from '../ingest/section-kind.js';
import { hasCue } from './cue-words.js';
import { LOCAL_LABEL, TEST_FILE_AFTER, testBracket } from './test-scope.js';
import { sentenceAround } from '../text/sentence-around.js';
import { scheduledSelection } from './scheduled-cell.js';

/** What a statement says about a named thing, for this system. Only `committed` and `planned` are commitments. */
export type AssertionStatus =
  | 'committed'
  | 'planned'
  | 'future'
  | 'optional'
  | 'alternative'
  | 'hypothetical'
  | 'provenance'
  | 'dev-only'
  | 'market'
  | 'cost-delta'
  | 'negated';

export const isCommitment = (s: AssertionStatus): boolean => s === 'committed' || s === 'planned';

/** How a non-committing status is recorded on a Mention. */
export const MENTION_REASON: Record<AssertionStatus, MentionReason | null> = {
  committed: null,
  planned: null,
  future: 'future',
  optional: 'conditional',
  alternative: 'alternative',
  hypothetical: 'example',
  provenance: 'provenance',
  'dev-only': 'dev-only',
  market: 'market',
  'cost-delta': 'cost',
  negated: 'rejected',
};

const FROM_REASON: Record<MentionReason, AssertionStatus> = {
  rejected: 'negated',
  alternative: 'alternative',
  future: 'future',
  example: 'hypothetical',
  code: 'hypothetical',
  conditional: 'optional',
  'prior-output': 'hypothetical',
  provenance: 'provenance',
  'dev-only': 'dev-only',
  market: 'market',
  cost: 'cost-delta',
  'no-obligation': 'optional',
  superseded: 'alternative',
  subject: 'hypothetical',
};

// --- Structure: the section, the list item's label, the table column. ---

// "Future: Helm chart", "Phase 2 - mobile app", "Optional: Redis": a label that scopes the whole item.
const FUTURE_LABEL =
  /^[\s*_>-]*(?:\(\s*)?(?:future(?:\s+(?:scope|work|phase|enhancements?))?|later|eventually|phase\s*[2-9]|post[- ]?mvp|v2|v\d+\.\d+\+?|deferred|roadmap|next\s+phase|out\s+of\s+scope|non[- ]goals?)\b[^:\n]{0,24}(?::|\s[–—-]\s)/i;
const OPTIONAL_LABEL = /^[\s*_>-]*(?:optional|nice[- ]to[- ]have|stretch(?:\s+goal)?|if\s+time\s+permits)\b[^:\n]{0,24}(?::|\s[–—-]\s)/i;
// "Hosting Options: Quokka, Zephyr, or similar": a label that offers what follows.
const OPTIONS_LABEL = /^[\s*>]*(?:[a-z][\w/-]* ){0,3}(?:options|choices|candidates)\b(?:\*\*)?:/i;
const REJECTED_COLUMN =
  /^\s*(?:rejected|not\s+chosen|alternatives?(?:\s+considered)?|considered|runner[- ]?up|ruled\s+out|discarded|instead\s+of)\s*$/i;
const FUTURE_COLUMN = /^\s*(?:future(?:\s+\w+)?|later|phase\s*[2-9]|post[- ]?mvp|roadmap|upgrade\s+path|scale\s+path|next)\s*$/i;
const LOCAL_COLUMN = /^\s*(?:local(?:\s+dev(?:elopment)?)?|dev(?:elopment)?(?:\s+only)?|testing|test)\s*$/i;

/** The column a character offset of a table row's text falls in (cells are joined by " | "). */
export function cellIndex(text: string, at: number): number {
  let n = 0;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 124) n++;
  return n;
}

/** What the block's shape says about a mention at [start, end) before its words are read; null when the shape is neutral. */
export function structuralStatus(block: Block, start: number): AssertionStatus | null {
  const kind = block.section.kind;
  if (block.type === 'code') return 'hypothetical';
  if (kind === 'alternatives') return 'alternative';
  if (kind === 'future') return 'future';
  if (kind === 'example') return 'hypothetical';
  if ((block.type === 'list-item' || block.type === 'table-row') && CROSS_MARK_LEAD.test(cellAround(block.text, start))) return 'negated';
  if (block.type === 'list-item' || block.type === 'paragraph') {
    if (FUTURE_LABEL.test(block.text)) return 'future';
    if (OPTIONAL_LABEL.test(block.text) || OPTIONS_LABEL.test(block.text)) return 'optional';
    if (LOCAL_LABEL.test(block.text)) return 'dev-only';
    if (isUnchosenOption(block.text)) return 'alternative';
  }
  if (block.type === 'table-row' && block.header) {
    const col = block.header[cellIndex(block.text, start)] ?? '';
    if (REJECTED_COLUMN.test(col)) return 'alternative';
    if (FUTURE_COLUMN.test(col)) return 'future';
    if (LOCAL_COLUMN.test(col)) return 'dev-only';
  }
  return null;
}

// --- Words: the clause around the mention. ---

// "built on Acme's open-source proxy", "a fork of X", "inspired by X": where the code came from, not where it runs.
const PROVENANCE_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:open[- ]source|framework|library|engine|codebase|code|project|fork|sdk|toolkit|reference|implementation|design|approach|model|work)\b/i;
const PROVENANCE_BEFORE =
  /\b(?:(?:a\s+)?fork\s+of|forked\s+from|derived\s+from|(?:a\s+)?port\s+of|inspired\s+by|model(?:l)?ed\s+(?:after|on)|(?:a\s+)?clone\s+of|originally\s+(?:built|written)\s+(?:for|on|with)|acquired\s+by)\s+(?:the\s+)?$/i;
// "an aesthetic inspired by developer tools (A, B, C)": the whole list is where the idea came from.
const INSPIRED_BEFORE =
  /\b(?:inspired\s+by|modell?ed\s+(?:after|on)|in\s+the\s+style\s+of|reminiscent\s+of|similar\s+to)\b[^.;:\n]{0,60}$/i;
// "Name: deferred to post-MVP", "Name - not required yet": a label whose value defers or drops it.
const DEFERRED_VALUE =
  /^(?:[ \t]+[\w.-]+){0,3}?[ \t]*(?:\([^)]{0,30}\)[ \t]*)?[:—–-]\s*(?:deferred|future|later|post[- ]?mvp|phase\s*[2-9]|planned\s+for\s+later|not\s+(?:yet|in\s+scope|required|needed|applicable)|out\s+of\s+scope|n\/a|tbd|optional|nice[- ]to[- ]have)\b/i;
// A name in a list offered with "or" ("Cloud platform (AWS, GCP, or Azure)", "ECS, Cloud Run, or VMs"): one of the options, none chosen.
// The option after "or" must look like a name (capitalised): "managed VMs or infrastructure" only restates the first.
const OPTION_LIST_AFTER =
  /^(?:\s*\([^()]{0,30}\))?(?:\s*,\s*[^,;.:()\s](?:(?:[^,;.:()\n]|\.(?=\S)){0,39}?[^,;.:()\s])?(?:\s*\([^()]{0,30}\))?){0,5}(?:\s*,)?\s+(?:or|and\/or)\s+(?:the\s+|a\s+|an\s+)?(?=[A-Z0-9])/;
const OR_BEFORE = /(?:,\s*|\s)(?:or|and\/or)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,2}?$/i;
// "React or Vue.js": two names joined by "or" are both options; the one before "or" must look like a name (capitalised).
const NAME_OR_BEFORE = /(?:^|[\s|(,*])[A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*){0,2} (?:or|and\/or) (?:the |an? )?$/;
// A short bracket right after a name qualifies it ("ECS (AWS)"): the bracket's names share the status of the name before it.
const QUALIFIER_OPEN = /\(\s*(?:[\w.-]+(?:\s+[\w.-]+){0,2}\s*)?$/;
// The market paragraph talks about other companies' systems.
const MARKET =
  /\b(?:competitors?|competing\s+(?:products?|services?|solutions?)|competitive\s+landscape|market\s+(?:share|leaders?|size|research|analysis)|incumbents?|rival\s+products?)\b/i;
// "a read replica would add $40 a month", "saves $200/month versus X": a price comparison, not a choice.
const COST_DELTA =
  /\b(?:would|will|could|might)\s+(?:add|cost|increase|raise|save|reduce)\b[^.;\n]{0,40}?[$€£]\s?\d|[$€£]\s?\d[\d,.]*(?:\s*[kKmM])?(?:\s*(?:\/\s*mo(?:nth)?|per\s+month|a\s+month|monthly))?\s+(?:more|extra|additional|less|cheaper|savings?|higher|lower)\b|\b(?:additional|extra|incremental)\s+(?:cost|spend)\s+of\b/i;
// "a more robust IaC solution like X or Y": a kind of thing, illustrated by names.
const LIKE_BEFORE =
  /\b(?:solutions?|tools?|services?|platforms?|options?|something|products?|databases?|providers?|systems?|frameworks?)\s+(?:like|such\s+as)\s+(?:[\w.-]+\s+){0,2}?(?:(?:or|and)\s+(?:[\w.-]+\s+){0,1})?$/i;
// "can be migrated to X as the project scales": a later step.
const LATER_MOVE_BEFORE =
  /\b(?:can|could|may|might|would|will)\s+(?:later\s+)?(?:be\s+)?(?:(?:migrated|moved|upgraded|switched|ported)\s+to|swap(?:ped)?\s+(?:to|for|in|over\s+to))\b[^.;]{0,60}$/i;
// "Docker Compose (MVP) → Kubernetes (Phase 2/3)", "Growth path: one server → Swarm → a cluster": each step after an arrow
// comes later, when the statement marks stages or names a path; a plain flow ("browser → API → database") is all current.
const ARROW = /→|⟶|->|=>/;
const STAGED =
  /\((?:mvp|now|today|current(?:ly)?|initial(?:ly)?|v1|phase\s*1|launch)\b[^()]{0,20}\)|\((?:later|future|phase\s*[2-9][^()]{0,12}|v[2-9]|post[- ]?mvp)\)|\b(?:path|roadmap|progression|evolution|growth|migration|scaling\s+strategy|upgrade)\b[^:→\n]{0,30}:/i;

/** Whether the mention at `start` follows an arrow of a staged progression in its clause. */
function laterStep(text: string, start: number): boolean {
  // A window either side keeps the work per mention bounded, whatever the block's length.
  const from = Math.max(0, start - 200);
  const head = text.slice(from, start);
  const clause = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf(' | '), -1) + 1);
  if (!ARROW.test(clause)) return false;
  const tail = text.slice(start, start + 200);
  const stop = tail.search(/\.\s|\n| \| /);
  return STAGED.test(clause + (stop < 0 ? tail : tail.slice(0, stop)));
}

// "S3 + CloudFront (web fallback)", "Zephyr (optional)": a bracket right after a name, or a "+" chain of names, that marks them as spares.
const SPARE_BRACKET_AFTER =
  /^(?:\s*[+&]\s*[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})?\s*\(\s*(?:[\w-]+\s){0,3}([Ff]allback|[Aa]lternative|[Oo]ptional|[Ll]ater|[Ff]uture)\s*\)/;
const SPARE_STATUS: Record<string, AssertionStatus> = { fallback: 'alternative', alternative: 'alternative', optional: 'optional' };
// "Quokka.app (recommended) or Zephyr": the tagged item of an option list is the choice.
const RECOMMENDED_AFTER = /^(?:\.[a-z]{2,4})?\s*\(\s*(?:recommended|preferred|chosen|selected|default|primary)\s*\)/i;
// "an in-process cache (Zephyr-ready interface)", "a Zephyr-swappable adapter": built so the name can come later.
const READY_AFTER = /^-(?:ready|swappable)\b/i;
// "/health/ready (Zephyr liveness/readiness probes)": a health-check convention named after a platform, not a deployment on it.
const PROBE_AFTER =
  /^[-\s](?:style\s|compatible\s)?(?:liveness|readiness|startup)(?:(?:\/| and | & |, )(?:liveness|readiness|startup)){0,2} (?:probes?|checks?)\b/i;
// "the CDK synthesizes Zephyr templates": an artifact another tool produces, not a tool the team picks.
const DERIVED_BEFORE =
  /\b(?:synthesi[sz](?:e|es|ed|ing)|generat(?:e|es|ed|ing)|emit(?:s|ted|ting)?|compil(?:e|es|ed|ing)\s+(?:in)?to|transpil(?:e|es|ed|ing)\s+to|output(?:s|ting)?)\s+(?:(?:the|a|an|valid|its|their)\s+)?$/i;
const DERIVED_AFTER = /^\s(?:templates?|manifests?|stacks?|files?|output|definitions?|artifacts?)\b/i;
// "For self-hosted deployments, X must …; for centrally-hosted ones, Y …": a variant the product supports, one of several.
const VARIANT_SCOPE_BEFORE = /\b(?:for|in)\s+(?:(?:the|all|any)\s+)?(?:both\s+[\w-]+\s+and\s+)?$/i;
const VARIANT_NOUN_AFTER = /^[\s-](?:deployments|installations|environments|setups|editions|customers)\b/i;
const VARIANT_SCOPE =
  /\b(?:for|in)\s+(?:both\s+)?[\w-]+\s+(?:and\s+[\w-]+\s+)?(?:deployments|installations|environments|setups|editions|customers|ones)\b/gi;
const OPTIONS_AFTER = /^[\s-](?:(?:deployment|hosting|installation)\s)?options?\b/i;

/** Whether the name scopes one of several deployment variants ("for self-hosted deployments" beside "for hosted ones"). */
function variantScoped(text: string, start: number, end: number): boolean {
  if (!VARIANT_SCOPE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || !VARIANT_NOUN_AFTER.test(text.slice(end, end + 20)))
    return false;
  const window = text.slice(Math.max(0, start - 400), end + 400);
  if (/\bboth\s+[\w-]+\s+and\s+[\w-]+\s/i.test(window)) return true;
  return (window.match(VARIANT_SCOPE) ?? []).length >= 2;
}

// "PCI compliance considerations", "SOC 2 readiness", "HIPAA where applicable": a topic to think about, not an obligation taken on.
const HEDGED_AFTER =
  /^[-\s]?(?:(?:compliance|certification|audit)\s+)?(?:considerations?|readiness|awareness|(?:to\s+be\s+|may\s+need\s+to\s+be\s+)(?:assessed|evaluated|reviewed|determined|confirmed)|(?:where|if|when)\s+applicable|may\s+(?:apply|be\s+required))\b/i;
const HYPOTHETICAL_BEFORE = /\b(?:imagine|suppose|hypothetically|if\s+we\s+were\s+to|in\s+theory|for\s+illustration)\b[^.]{0,60}$/i;
// "planned for the MVP", "scheduled for launch": this release, so a commitment.
const PLANNED =
  /\b(?:planned|scheduled|targeted|slated)\s+for\s+(?:the\s+)?(?:mvp|v1(?:\.0)?|launch|go[- ]live|this\s+release|first\s+release|initial\s+release|phase\s*1|release\s+1)\b|\bin\s+(?:the\s+)?mvp\b/i;
// "❌ Zephyr | premature", "- ✗ Zephyr": an item or cell opened by a cross mark is what was turned down.
const CROSS_MARK_LEAD = /^[\s*_>|-]*(?:❌|✗|✘|🚫|⛔)/u;

/** The text of the list item, or of the table cell, that holds the offset. */
function cellAround(text: string, at: number): string {
  const from = text.lastIndexOf('|', at - 1) + 1;
  return text.slice(from, at);
}

// "a technique used by Quokka, Zephyr and Mistral": other products that use an idea, not this system's choice.
const USED_BY = /\b(?:used|adopted|employed|pioneered|populari[sz]ed|trusted|relied\s+on)\s+by\s+/gi;
const NAME_LIST_ITEM = /^(?:[A-Z][\w.+-]*(?: [A-Z][\w.+-]*){0,2})?$/;

/** Whether the name ends a list of names that follows "used by" in its clause. */
function usedByOthers(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 80), start);
  let last: RegExpExecArray | null = null;
  USED_BY.lastIndex = 0;
  for (let m = USED_BY.exec(head); m; m = USED_BY.exec(head)) last = m;
  if (!last) return false;
  const between = head.slice(last.index + last[0].length);
  return between.split(/,|\band\b|\bor\b/).every((part) => NAME_LIST_ITEM.test(part.trim()));
}

/** Whether the name is one item of a list of options joined by "or", itself or through the name its bracket qualifies. */
function offeredAsOption(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  const open = QUALIFIER_OPEN.exec(text.slice(Math.max(0, start - 40), start));
  if (open) {
    const close = text.indexOf(')', end);
    // A bracket that is itself a list ("Cloud platform (AWS, GCP, or X)") offers its items; only a short tag qualifies a name.
    const inside = close >= 0 ? text.slice(Math.max(0, start - 40) + open.index, close) : '';
    if (close >= 0 && close - end <= 30 && !/,|\s(?:or|and\/or)\s/i.test(inside)) {
      from = Math.max(0, start - 40) + open.index;
      to = close + 1;
    }
  }
  const after = text.slice(to, to + 240);
  if (OPTION_LIST_AFTER.test(after)) return true;
  // The last item ("…, or DigitalOcean") is an option too, when a list runs before it.
  const before = text.slice(Math.max(0, from - 120), from);
  if (NAME_OR_BEFORE.test(before)) return true;
  return (
    OR_BEFORE.test(before) &&
    /,(?:[^,;.:\n]|\.(?=\S)){1,40},?\s+(?:or|and\/or)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,2}?$|\([^()]{1,40},?\s+(?:or|and\/or)\s+(?:[\w.-]+\s+){0,2}?$/i.test(
      before,
    )
  );
}

/** A provenance cue in another language earlier in the name's clause ("inspiré de X", "abgeleitet von A und B"). */
function provenanceCueBefore(before: string): boolean {
  const near = before.slice(-60);
  const clause = near.slice(Math.max(near.lastIndexOf('. '), near.lastIndexOf(';'), near.lastIndexOf(':'), near.lastIndexOf('\n')) + 1);
  return hasCue('provenance', clause);
}

/** What the words around [start, end) assert about it; `committed` when nothing qualifies it. */
export function phraseStatus(text: string, start: number, end: number): AssertionStatus {
  const before = text.slice(Math.max(0, start - 80), start);
  if (PROVENANCE_AFTER.test(text.slice(end, end + 60)) || PROVENANCE_BEFORE.test(before)) return 'provenance';
  if (INSPIRED_BEFORE.test(before) || provenanceCueBefore(before)) return 'provenance';
  if (DEFERRED_VALUE.test(text.slice(end, end + 80)))
    return /optional|nice/i.test(text.slice(end, end + 80).slice(0, 40)) ? 'optional' : 'future';
  if (HEDGED_AFTER.test(text.slice(end, end + 60))) return 'optional';
  const after = text.slice(end, end + 80);
  const spare = SPARE_BRACKET_AFTER.exec(after);
  if (spare) return SPARE_STATUS[spare[1].toLowerCase()] ?? 'future';
  if (READY_AFTER.test(after)) return 'future';
  if (PROBE_AFTER.test(after)) return 'hypothetical';
  if (DERIVED_BEFORE.test(before) && DERIVED_AFTER.test(after)) return 'provenance';
  if (OPTIONS_AFTER.test(after) || variantScoped(text, start, end)) return 'optional';
  if (TEST_FILE_AFTER.test(after) || testBracket(text, start)) return 'dev-only';
  const sentence = sentenceAround(text, start, end);
  if (MARKET.test(sentence) || usedByOthers(text, start)) return 'market';
  if (COST_DELTA.test(sentence)) return 'cost-delta';
  if (HYPOTHETICAL_BEFORE.test(before)) return 'hypothetical';
  if (LIKE_BEFORE.test(before)) return 'hypothetical';
  if (LATER_MOVE_BEFORE.test(before)) return 'future';
  if (laterStep(text, start)) return 'future';
  if (!RECOMMENDED_AFTER.test(after) && offeredAsOption(text, start, end)) return 'optional';
  const reason = phraseDemotion(text, start, end);
  if (reason === null) return 'committed';
  // "planned for the MVP" reads as future to the clause rules, but it is this release.
  if (reason === 'future' && PLANNED.test(sentence)) return 'planned';
  if (reason === 'conditional' && LOCAL_ONLY.test(sentence)) return 'dev-only';
  return FROM_REASON[reason];
}

/** The status of the mention at [start, end) of `block`: its structure first, then its words. */
export function assertionStatus(doc: SourceDoc | null, block: Block, start: number, end: number): AssertionStatus {
  if (doc?.role === 'prior-output') return 'hypothetical';
  const structural = structuralStatus(block, start);
  if (structural) return structural;
  const status = phraseStatus(block.text, start, end);
  // "Zephyr (Phase 3)" in a stack row with its version or reason: selected for a later phase of this plan, not a maybe.
  return status === 'future' && scheduledSelection(block, start, end) ? 'planned' : status;
}
