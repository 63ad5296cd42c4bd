// Finds team size ("team of 3", "solo developer"), the skills the team has ("two backend engineers", "solid Terraform experience")
// and the skills it is said to lack ("no dedicated ops staff", "no Kubernetes experience").
import type { Block, Evidence, ListFact, ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { NUMBER_WORD, parseAmount } from './numbers.js';
import { defaultMatcher } from './tech-hits.js';
import { inNarrative } from './narrative.js';

const ROLE = String.raw`(?:developers?|engineers?|devs?|people|persons?|members?|FTEs?)`;
const CODER = String.raw`(?:full[- ]time\s+|part[- ]time\s+)?(?:developers?|engineers?|devs?)`;
const SIZE_RULES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  // "single developer setup" describes an environment, and a device's "single operator" is its user, not the team.
  [
    /\b(?:solo|sole|one-person|one[- ]man|individual)\s+(?:developer|engineer|founder|dev|operator|maintainer)\b|\bsingle\s+(?:developer|engineer|founder|maintainer)\b(?!\s+(?:setup|set-up|environment|machine|workstation|laptop|mode|workflow))/i,
    () => 1,
  ],
  [
    new RegExp(String.raw`\bteam\s+of\s+(?:about\s+|around\s+|~)?(${NUMBER_WORD})(?:\s*(?:-|–|to)\s*(${NUMBER_WORD}))?`, 'i'),
    (m) => parseAmount(m[2] ?? m[1]),
  ],
  [
    new RegExp(
      String.raw`\b(${NUMBER_WORD})(?:\s*(?:-|–|to)\s*(${NUMBER_WORD}))?[- ](?:person|people|member|developer|engineer)\s+(?:dev(?:elopment)?\s+|engineering\s+)?team\b`,
      'i',
    ),
    (m) => parseAmount(m[2] ?? m[1]),
  ],
  [
    new RegExp(String.raw`\b(?:team|staff(?:ed)?)\s*(?:size\s*)?(?:(?:of|:|is|with)\s*)?(${NUMBER_WORD})\s+${ROLE}`, 'i'),
    (m) => parseAmount(m[1]),
  ],
  // "built by three engineers", "we have 4 developers", "one developer builds and runs it" ("with 2 developers" is an effort estimate).
  [new RegExp(String.raw`\b(?:by|have|has)\s+(?:just\s+|only\s+)?(${NUMBER_WORD})\s+${CODER}\b`, 'i'), (m) => parseAmount(m[1])],
  [
    new RegExp(
      String.raw`(?:^|[.;:!?]\s)(${NUMBER_WORD})\s+${CODER}\s+(?:build|builds|runs?|maintains?|owns?|works?|develops?|operates?)\b`,
      'i',
    ),
    (m) => parseAmount(m[1]),
  ],
];
const SKILLS =
  /\b(one|two|three|four|five|\d+)?\s*(backend|back-end|frontend|front-end|full[- ]?stack|devops|sre|platform|mobile|ios|android|data|ml|security|qa|cloud)\s+(engineers?|developers?|specialists?)\b/gi;
// "As a DevOps engineer, I want …": a user story's persona, not a member of the team.
const PERSONA_BEFORE = /\bas\s+an?\s*$/i;
// Words that say the team does not have what follows them.
const LACK = /\b(?:no|without|lacks?|lacking|limited|little|minimal|zero|nobody|none|not)\b/i;
const SUBJECT = /\b(?:team|we|our|us|developers?|engineers?|devs?|founders?|staff|i)\b/i;
const EXPERIENCE = /\b(?:experience[ds]?|expertise|proficien(?:t|cy)|familiar(?:ity)?|skills?|knowledge|know-how)\b/gi;
// "user experience", "a seamless checkout experience": the product's, not the team's.
const NOT_TEAM_EXPERIENCE =
  /\b(?:user|customer|developer|guest|patient|visitor|shopping|checkout|onboarding|end-user|mobile|web|app|seamless|smooth|great|better|best|native)\s*$/i;
// "no dedicated ops staff", "no in-house DevOps": an operations role the team does not have.
const ROLE_GAP =
  /\b(?:no|without|lacks?|lacking|zero)\s+(?:a\s+)?(?:(dedicated|in-house|full[- ]time|separate)\s+)?(ops|operations|devops|sre|platform|infrastructure|infra|security|dba|database)\b(\s+(?:staff|teams?|engineers?|people|person|support|resources?|expertise|experience|skills|knowledge|admins?|administrators?|specialists?))?/gi;
const ROLE_ID: Record<string, string> = { operations: 'ops', infrastructure: 'ops', infra: 'ops', database: 'dba' };

type Found = Map<string, Evidence[]>;
const add = (map: Found, id: string, ev: Evidence) => map.set(id, [...(map.get(id) ?? []), ev]);
const roleId = (word: string) =>
  word
    .toLowerCase()
    .replace(/^back-end$/, 'backend')
    .replace(/^front-end$/, 'frontend')
    .replace(/^full[- ]?stack$/, 'full-stack');

/** The phrase holding [start, end): from the last sentence, clause, comma or cell break before it to the next one after it. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const head = text.slice(Math.max(0, start - 100), start);
  const cut = Math.max(...['. ', '; ', ': ', '\n', ', ', '|'].map((b) => head.lastIndexOf(b)));
  const from = Math.max(0, start - 100) + (cut >= 0 ? cut + 1 : 0);
  const tail = text.slice(end, end + 100);
  const stop = tail.search(/[.;:,]\s|[.;]$|\n|\|/);
  return { from, to: end + (stop >= 0 ? stop : tail.length) };
}

/** Technologies named in a clause about experience: the team's skills, or its gaps when the clause negates them. */
function experienceFacts(doc: SourceDoc, block: Block, skills: Found, gaps: Found): void {
  const text = block.text;
  EXPERIENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXPERIENCE.exec(text)) !== null) {
    if (NOT_TEAM_EXPERIENCE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const { from, to } = clauseAround(text, m.index, m.index + m[0].length);
    const clause = text.slice(from, to);
    const lacks = LACK.test(text.slice(from, m.index));
    if (!lacks && !SUBJECT.test(clause)) continue;
    for (const hit of defaultMatcher().scan(clause)) {
      const entry = hit.entries.find((e) => e.category !== 'compliance' && !e.stackOnly);
      if (!entry) continue;
      add(lacks ? gaps : skills, entry.id, evidenceAt(doc, block, from + hit.start, from + hit.end));
    }
  }
}

function roleFacts(doc: SourceDoc, block: Block, skills: Found, gaps: Found): void {
  const text = block.text;
  ROLE_GAP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_GAP.exec(text)) !== null) {
    // "no infrastructure changes" is not a missing role: a role noun or "dedicated" must say it is about people.
    if (!m[1] && !m[3]) continue;
    const id = ROLE_ID[m[2].toLowerCase()] ?? m[2].toLowerCase();
    add(gaps, id, evidenceAt(doc, block, m.index, m.index + m[0].length));
  }
  SKILLS.lastIndex = 0;
  while ((m = SKILLS.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (PERSONA_BEFORE.test(before)) continue;
    const { from } = clauseAround(text, m.index, m.index + m[0].length);
    const lacks = LACK.test(text.slice(from, m.index));
    add(lacks ? gaps : skills, roleId(m[2]), evidenceAt(doc, block, m.index, m.index + m[0].length));
  }
}

const facts = (map: Found): ListFact[] =>
  [...map.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, ev]) => ({ id, evidence: sortEvidence(ev), confidence: confidenceOf(ev.length) }));

export function extractTeam(docs: SourceDoc[]): { size: ScalarFact<number> | null; skills: ListFact[]; gaps: ListFact[] } {
  const sizes: { value: number; ev: Evidence }[] = [];
  const skills: Found = new Map();
  const gaps: Found = new Map();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'example', 'future'].includes(block.section.kind)) continue;
      // A heading names a topic ("Frontend Developer Standards"), not the people; a user journey tells a user's story.
      if (block.type === 'heading' || inNarrative(block)) continue;
      for (const [re, read] of SIZE_RULES) {
        const m = re.exec(block.text);
        if (!m) continue;
        const v = read(m);
        if (v !== null && v > 0 && v < 1000) sizes.push({ value: v, ev: evidenceAt(doc, block, m.index, m.index + m[0].length) });
        break;
      }
      roleFacts(doc, block, skills, gaps);
      experienceFacts(doc, block, skills, gaps);
    }
  }
  let size: ScalarFact<number> | null = null;
  if (sizes.length > 0) {
    const counts = new Map<number, number>();
    for (const s of sizes) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
    const value = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    const ev = sizes.filter((s) => s.value === value).map((s) => s.ev);
    size = { value, evidence: sortEvidence(ev), confidence: confidenceOf(ev.length) };
  }
  // A skill the documents also say is missing stays a gap: the plainer statement of lack is the safer reading.
  for (const id of gaps.keys()) skills.delete(id);
  return { size, skills: facts(skills), gaps: facts(gaps) };
}
