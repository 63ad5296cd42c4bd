// Finds the availability target; the requirements (NFR) figure wins and disagreements become conflicts.
import type { Conflict, Evidence, ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { phraseStatus } from './assertion-status.js';

const PERCENT = /(?<!\d)(\d{2}(?:\.\d{1,4})?)\s*%/g;
const KEYWORD = /\b(up-?time|availability|available|SLA|SLO|downtime|high[- ]availability)\b/i;
const NFR_ID = /\bNF-?R?[-_ ]?[A-Z]{0,6}-?\d+\b/;

interface Candidate {
  value: number;
  priority: number;
  evidence: Evidence;
}

export function extractAvailability(docs: SourceDoc[]): { fact: ScalarFact<number> | null; conflicts: Conflict[] } {
  const cands: Candidate[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      const kind = block.section.kind;
      if (block.type === 'code' || kind === 'alternatives' || kind === 'future' || kind === 'example') continue;
      const text = block.text;
      if (!KEYWORD.test(text)) continue;
      PERCENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PERCENT.exec(text)) !== null) {
        const value = Number(m[1]);
        if (!(value >= 90 && value < 100)) continue;
        // The keyword must sit close to the figure, not elsewhere in a long paragraph.
        const near = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60);
        if (!KEYWORD.test(near)) continue;
        const window = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        if (
          /^\s*(?:of\s+)?(?:test\s+)?coverage|^\s*(?:of\s+)?(?:accuracy|success|delivery|reliability of|transactions?|requests?|of\s+(?:users|requests|calls|transactions))/i.test(
            window,
          )
        )
          continue;
        if (phraseStatus(text, m.index, m.index + m[0].length) === 'future') continue;
        const isNfr = NFR_ID.test(text.slice(0, 40)) || kind === 'requirements';
        const priority = isNfr ? 3 : kind === 'technical-assumptions' ? 2 : 1;
        cands.push({ value, priority, evidence: evidenceAt(doc, block, m.index, m.index + m[0].length) });
      }
    }
  }
  if (cands.length === 0) return { fact: null, conflicts: [] };
  const top = Math.max(...cands.map((c) => c.priority));
  const counts = new Map<number, number>();
  for (const c of cands.filter((c) => c.priority === top)) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  const value = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const fact = {
    value,
    evidence: sortEvidence(cands.filter((c) => c.value === value).map((c) => c.evidence)),
    confidence: confidenceOf(top >= 3 ? 2 : top / 2),
  };
  const distinct = [...new Set(cands.map((c) => c.value))].sort((a, b) => a - b);
  const conflicts: Conflict[] =
    distinct.length > 1
      ? [
          {
            field: 'availabilityTarget',
            message: `documents state different availability targets (${distinct.map((v) => `${v}%`).join(', ')}); using ${value}% from the requirements`,
            ids: distinct.map((v) => `${v}`),
            evidence: sortEvidence(cands.map((c) => c.evidence)),
          },
        ]
      : [];
  return { fact, conflicts };
}
