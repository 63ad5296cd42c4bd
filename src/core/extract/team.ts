// Finds team size ("team of 3", "solo developer") and the skills named with roles ("two backend engineers").
import type { Evidence, ListFact, ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { NUMBER_WORD, parseAmount } from './numbers.js';

const ROLE = String.raw`(?:developers?|engineers?|devs?|people|persons?|members?|FTEs?)`;
const SIZE_RULES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  [/\b(?:solo|single|sole|one-person|one[- ]man|individual)\s+(?:developer|engineer|founder|dev|operator|maintainer)\b/i, () => 1],
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
];
const SKILLS =
  /\b(one|two|three|four|five|\d+)?\s*(backend|back-end|frontend|front-end|full[- ]?stack|devops|sre|platform|mobile|ios|android|data|ml|security|qa|cloud)\s+(engineers?|developers?|specialists?)\b/gi;

export function extractTeam(docs: SourceDoc[]): { size: ScalarFact<number> | null; skills: ListFact[] } {
  const sizes: { value: number; ev: Evidence }[] = [];
  const skills = new Map<string, Evidence[]>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'example', 'future'].includes(block.section.kind)) continue;
      for (const [re, read] of SIZE_RULES) {
        const m = re.exec(block.text);
        if (!m) continue;
        const v = read(m);
        if (v !== null && v > 0 && v < 1000) sizes.push({ value: v, ev: evidenceAt(doc, block, m.index, m.index + m[0].length) });
        break;
      }
      SKILLS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SKILLS.exec(block.text)) !== null) {
        const id = m[2]
          .toLowerCase()
          .replace(/^back-end$/, 'backend')
          .replace(/^front-end$/, 'frontend')
          .replace(/^full[- ]?stack$/, 'full-stack');
        const list = skills.get(id) ?? [];
        list.push(evidenceAt(doc, block, m.index, m.index + m[0].length));
        skills.set(id, list);
      }
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
  const skillFacts = [...skills.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, ev]) => ({ id, evidence: sortEvidence(ev), confidence: confidenceOf(ev.length) }));
  return { size, skills: skillFacts };
}
