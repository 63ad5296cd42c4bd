// Decides which named technologies a prohibiting statement actually negates ("No EKS", "avoid X", "X is not allowed").

export interface Span {
  start: number;
  end: number;
}

// Modifiers that may sit between a negation and the name it governs ("no self-managed Kubernetes").
const FILLER = String.raw`(?:(?:the|a|an|any|use\s+of|using|self[- ]managed|self[- ]hosted|managed|hosted|new|additional|other|own|further)\s+)*`;
const NEG_BEFORE = new RegExp(
  String.raw`(?:^|[^\w-])(?:no|never(?:\s+(?:use|deploy|run|adopt|introduce|rely\s+on))?|avoid(?:ing)?(?:\s+using)?|(?:do|does|must|shall|should|will|may|can)(?:\s+not|n't)\s+(?:use|deploy|run|adopt|introduce|rely\s+on|depend\s+on|choose|add)|don'?t\s+(?:use|deploy|run|adopt|introduce)|not\s+(?:use|using|running|deploying|adopting)|prohibit(?:ed|s)?:?|forbid(?:den)?:?|banned:?|disallow(?:ed)?:?|discouraged:?|not\s+(?:allowed|permitted):?|(?:is|are)\s+(?:prohibited|forbidden|banned|disallowed|not\s+allowed)(?:\s*:)?)\s+${FILLER}$`,
  'i',
);
const NEG_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:instances?|clusters?|services?|databases?|usage|use)\s+)?(?:(?:is|are|will\s+be|must\s+be|shall\s+be|should\s+be|remains?)\s+)?(?:not\s+(?:allowed|permitted|to\s+be\s+used|used|supported|approved)|prohibited|forbidden|banned|disallowed|discouraged|out\s+of\s+scope|(?:must|shall|may|should)\s+not\s+be\s+used)\b/i;
// Names separated only by list punctuation share one negation ("no MongoDB, Redis or Kafka").
const LIST_GAP = new RegExp(String.raw`^\s*(?:[,/&]\s*)?(?:(?:and|or|nor)\s+)?(?:(?:no|not)\s+)?${FILLER}$`, 'i');
// After "no X", a verb means the sentence restricts X ("No EC2 instance gets a public IP"), not X itself.
const PREDICATE_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:gets?|has|have|may|can|could|is|are|should|must|shall|will|allows?|receives?|holds?|sits?|exposes?|stores?|runs?|talks?|reads?|writes?|accesses|connects?)\b/i;
// What may follow a negated name; any other word makes the name a modifier ("no Terraform variables files").
const FOLLOW_OK =
  /^\s*(?:$|[,.;:!?)\]—–]|\s-\s|(?:for|in|on|at|as|anywhere|including|until|unless|without|with|or|and|nor|whatsoever|of\s+any\s+kind|at\s+all|instances?|clusters?|servers?|nodes?|hosts?|deployments?|services?|workloads?|usage|either|yet|now|initially|here|there|anymore|is|are|must|shall|should|will)\b)/i;
const SENTENCE_BREAK = /[.!?;]\s|\n/g;

function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - 160);
  const window = text.slice(floor, at);
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_BREAK.exec(window)) !== null) start = m.index + m[0].length;
  return floor + start;
}

/** Groups spans joined only by list punctuation into runs. */
function runsOf(text: string, spans: Span[]): Span[][] {
  const runs: Span[][] = [];
  for (const s of spans) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && s.start >= prev.end && s.start - prev.end <= 40 && LIST_GAP.test(text.slice(prev.end, s.start))) last.push(s);
    else runs.push([s]);
  }
  return runs;
}

// A section that lists what is refused ("Prohibited technologies", "Don'ts"): the names an item opens with are refused.
export const PROHIBITED_TITLE =
  /\b(?:prohibited|forbidden|not\s+allowed|disallowed|banned|don'?ts|anti-?patterns?|discouraged|do\s+not\s+use|deny\s*list|block\s*list|blacklist)\b|^\W*(?:\d+[.)]?\s*)?avoid\b|\bto\s+avoid\s*$/i;

/**
 * Indexes of the spans (sorted by start) that the statement negates.
 * With `leadNegated`, the names opening the text are negated too (an item under a "Prohibited" heading).
 */
export function negatedSpans(text: string, spans: Span[], leadNegated = false): Set<number> {
  const out = new Set<number>();
  const index = new Map(spans.map((s, i) => [s, i]));
  for (const run of runsOf(text, spans)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (leadNegated && /^[\s*_`|>-]*$/.test(text.slice(0, first.start))) {
      for (const s of run) out.add(index.get(s)!);
      continue;
    }
    const before = text.slice(sentenceStart(text, first.start), first.start);
    const after = text.slice(last.end, last.end + 80);
    const led = NEG_BEFORE.test(before);
    const negated = led ? !PREDICATE_AFTER.test(after) && FOLLOW_OK.test(after) : NEG_AFTER.test(after);
    if (negated) for (const s of run) out.add(index.get(s)!);
  }
  return out;
}

// A sentence opening with a negative quantifier ("No self-managed databases … on EC2") asserts nothing about the names in it.
const LEADING_NO = /^[\s*_>-]*no\s+(?!(?:downtime|single\s+point|more\s+than|less\s+than|later\s+than|matter)\b)/i;
// Words after a comma that start a new, positive clause ("…, leveraging AWS managed services").
const CLAUSE_TURN =
  /,[^,]*\b(?:\w+ing|use|uses|prefer|instead|but|rather|run|runs|deploy(?:ed)?|hosted|is|are|was|were|will|must|should|which|that)\b/i;
// A label that negates the sentence it heads ("Discouraged: EC2 instances").
const NEG_LABEL =
  /^[\s*_>-]*(?:discouraged|prohibited|forbidden|not\s+(?:allowed|permitted|recommended)|banned|avoid|never|don'?ts?|do\s+not\s+use|anti-?patterns?|rejected)[\s*_]*:/i;

/** Whether the name at `start` sits in a sentence that is negated as a whole (leading "No …" or a "Discouraged:" label). */
export function negatedSentence(text: string, start: number): boolean {
  const head = text.slice(sentenceStart(text, start), start);
  if (NEG_LABEL.test(head)) return true;
  return LEADING_NO.test(head) && !CLAUSE_TURN.test(head);
}

// "except …", "the only exceptions are …": what follows is allowed by a restriction, not chosen.
const EXCEPTION =
  /\b(?:except(?:\s+for)?|excepting|apart\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of|exceptions?\s+(?:are|is|being|include)|exceptions?:)\b/i;
const RESTRICTION = /\b(?:no|not|never|only|outside|den(?:y|ies)|prohibit\w*|forbid\w*|restrict\w*|block\w*|disallow\w*)\b/i;

/** Whether the name at `start` is only named as an allowed exception to a restriction. */
export function inExceptionClause(text: string, start: number): boolean {
  const head = text.slice(sentenceStart(text, start), start);
  const m = EXCEPTION.exec(head);
  if (!m) return false;
  // "except X" qualifies a restriction before it; "Exceptions are …" is itself an allowance.
  return /^exceptions?/i.test(m[0]) || RESTRICTION.test(head.slice(0, m.index));
}
