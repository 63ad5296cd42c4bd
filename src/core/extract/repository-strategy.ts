// Derives monorepo or polyrepo from explicit statements and from workspace tooling.
import type { Evidence, ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { assertionStatus, isCommitment } from './assertion-status.js';

const RULES: [RegExp, string, number][] = [
  [/\brepository\s+(?:structure|strategy|approach)\s*(?::\s*)?(?:\*\*\s*)?mono-?repo/i, 'monorepo', 5],
  [
    /\brepository\s+(?:structure|strategy|approach)\s*(?::\s*)?(?:\*\*\s*)?(?:poly-?repo|multi-?repo|multiple\s+repositories)/i,
    'polyrepo',
    5,
  ],
  [/\bmono-?repo\b/i, 'monorepo', 1],
  [/\b(?:poly-?repo|multi-?repo|separate\s+repositories|multiple\s+repositories)\b/i, 'polyrepo', 1],
  [/\b(?:npm|pnpm|yarn|bun)\s+workspaces?\b|\bturborepo\b|\bnx\s+(?:workspace|monorepo)\b|\blerna\b/i, 'monorepo', 1],
];

export function extractRepositoryStrategy(docs: SourceDoc[]): ScalarFact<string> | null {
  const score = new Map<string, { top: number; total: number; ev: Evidence[] }>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const text = block.type === 'heading' ? block.text : block.text;
      const inRepoSection = block.section.trail.some((t) => /\brepository\s+(structure|strategy)\b/i.test(t));
      for (const [re, value, weight] of RULES) {
        const m = re.exec(text);
        if (!m) continue;
        if (!isCommitment(assertionStatus(doc, block, m.index, m.index + m[0].length))) continue;
        const w = inRepoSection ? Math.max(weight, 4) : weight;
        const s = score.get(value) ?? { top: 0, total: 0, ev: [] };
        s.top = Math.max(s.top, w);
        s.total += w;
        s.ev.push(evidenceAt(doc, block, m.index, m.index + m[0].length));
        score.set(value, s);
        break;
      }
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1].top - a[1].top || b[1].total - a[1].total);
  if (ranked.length === 0) return null;
  const [value, s] = ranked[0];
  if (s.top < 4 && s.total < 2) return null;
  return { value, evidence: sortEvidence(s.ev), confidence: confidenceOf(s.top >= 4 ? 2 : s.total / 2) };
}
