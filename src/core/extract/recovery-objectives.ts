// Reads RTO and RPO statements into the stated text and a duration in minutes.
import type { DurationFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';

const UNIT_MINUTES: [RegExp, number][] = [
  [/^s(ec(ond)?s?)?$/i, 1 / 60],
  [/^m(in(ute)?s?)?$/i, 1],
  [/^h(ou)?rs?$|^h$/i, 60],
  [/^days?$|^d$/i, 1440],
  [/^weeks?$/i, 10080],
];
// The comparison word carries its own space, so a match without one starts at the number, never inside a run of spaces.
const DURATION = String.raw`((?:(?:<|≤|<=|under|within|less\s+than|max(?:imum)?|up\s+to|of|:|=|-|–)\s*)?)(\d{1,6}(?:\.\d{1,3})?)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\b`;

function patternFor(kind: 'rto' | 'rpo'): RegExp {
  const name = kind === 'rto' ? String.raw`RTO|recovery\s+time\s+objective` : String.raw`RPO|recovery\s+point\s+objective`;
  return new RegExp(String.raw`\b(?:${name})\b(?:\s*\([A-Z]{3}\))?[^.\n\d]{0,40}?` + DURATION, 'i');
}

export function toMinutes(amount: number, unit: string): number | null {
  for (const [re, factor] of UNIT_MINUTES) if (re.test(unit)) return Math.round(amount * factor * 100) / 100;
  return null;
}

/** Parses the text of a duration such as "< 5 minutes" or "4 hours". */
export function parseDuration(text: string): { value: string; minutes: number } | null {
  const m = new RegExp(DURATION, 'i').exec(text);
  if (!m) return null;
  const minutes = toMinutes(Number(m[2]), m[3]);
  if (minutes === null) return null;
  const lead = m[1].trim().replace(/^(of|:|=|-|–)$/i, '');
  const value = `${lead ? `${lead.replace(/^<=$/, '≤')} ` : ''}${m[2]} ${m[3]}`.trim();
  return { value, minutes };
}

export function extractRecovery(docs: SourceDoc[], kind: 'rto' | 'rpo'): DurationFact | null {
  const re = patternFor(kind);
  const found: { value: string; minutes: number; ev: ReturnType<typeof evidenceAt>; prio: number }[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const m = re.exec(block.text);
      if (!m) continue;
      const d = parseDuration(m[0].slice(m[0].search(new RegExp(DURATION, 'i'))));
      if (!d) continue;
      const prio = block.section.kind === 'requirements' ? 2 : 1;
      found.push({ ...d, ev: evidenceAt(doc, block, m.index, m.index + m[0].length), prio });
    }
  }
  if (found.length === 0) return null;
  const top = Math.max(...found.map((f) => f.prio));
  const pick = found.find((f) => f.prio === top)!;
  return {
    value: pick.value,
    minutes: pick.minutes,
    evidence: sortEvidence(found.filter((f) => f.minutes === pick.minutes).map((f) => f.ev)),
    confidence: confidenceOf(top),
  };
}
