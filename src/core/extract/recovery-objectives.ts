// Reads RTO and RPO statements into the stated text and a duration in minutes: "RTO: 4 hours", "15-minute RTO", "RPO of zero", "no data loss on failover".
import type { Block, DurationFact, SourceDoc } from '../types.js';
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
const NAMES = { rto: String.raw`RTO|recovery\s+time\s+objective`, rpo: String.raw`RPO|recovery\s+point\s+objective` };
const OTHER = { rto: /\b(?:RPO|recovery\s+point)\b/i, rpo: /\b(?:RTO|recovery\s+time)\b/i };

/** "RTO: 4 hours", "RPO of 0", "RPO: zero": the name, then (within a clause) the figure. */
function afterName(kind: 'rto' | 'rpo'): RegExp {
  return new RegExp(
    String.raw`\b(?:${NAMES[kind]})\b(?:\s*\([A-Z]{3}\))?([^.;\n\d]{0,40}?)(?:` + DURATION + String.raw`|\b(zero|nil|none|0)\b(?![.,]?\d))`,
    'i',
  );
}
/** "15-minute RTO", "a 1 hour RPO", "zero RPO": the figure, then the name. */
function beforeName(kind: 'rto' | 'rpo'): RegExp {
  return new RegExp(
    String.raw`(?:\b(\d{1,6}(?:\.\d{1,3})?)[- ]?(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|\b(zero))[- ](?:${NAMES[kind]})\b`,
    'i',
  );
}
// "No data loss when a region fails over": a recovery point of zero, when said of a failure or recovery, not of daily use.
const NO_DATA_LOSS = /\b(?:no|zero)\s+data\s+loss\b/i;
const DR_CONTEXT =
  /\b(?:fail(?:s|ed|ing|ure)?\s*over|failover|disasters?|recover(?:y|ies|ed)?|outages?|region(?:al)?\s+(?:failure|loss|outage)|(?:node|server|instance|zone|region)\s+(?:fails|failures?|crash(?:es)?|loss))\b/i;
// A rollback or release time is a delivery target, not disaster recovery; it counts only when nothing else is stated.
const DELIVERY = /\b(?:roll(?:\s*|-)?back|redeploy|deploy(?:ment|s)?|releases?)\b/i;
const NEAR = /\b(?:near|close\s+to|almost)[\s-]$/i;

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

interface Found {
  value: string;
  minutes: number;
  start: number;
  end: number;
}

/** The objective stated in a block, in whichever order it is written; null when none is. */
function statedIn(text: string, kind: 'rto' | 'rpo'): Found | null {
  // The figure written right before the name is the tighter reading ("15-minute RTO, 1-hour RPO, backups every 4 hours").
  const b = beforeName(kind).exec(text);
  if (b && !NEAR.test(text.slice(Math.max(0, b.index - 12), b.index))) {
    const end = b.index + b[0].length;
    if (b[3]) return { value: 'zero', minutes: 0, start: b.index, end };
    const minutes = toMinutes(Number(b[1]), b[2]);
    if (minutes !== null) return { value: `${b[1]} ${b[2]}`, minutes, start: b.index, end };
  }
  const a = afterName(kind).exec(text);
  if (a && !OTHER[kind].test(a[1]) && !NEAR.test(text.slice(0, a.index))) {
    const end = a.index + a[0].length;
    if (a[5]) return { value: a[5].toLowerCase(), minutes: 0, start: a.index, end };
    const d = parseDuration(a[0].slice(a[0].search(new RegExp(DURATION, 'i'))));
    if (d) return { ...d, start: a.index, end };
  }
  if (kind === 'rpo') {
    const z = NO_DATA_LOSS.exec(text);
    if (z && DR_CONTEXT.test(text)) return { value: z[0].toLowerCase(), minutes: 0, start: z.index, end: z.index + z[0].length };
  }
  return null;
}

/** How much a statement speaks for disaster recovery: requirements first, a rollback time last. */
function priority(block: Block, text: string, f: Found): number {
  const clause = text.slice(f.start, Math.min(text.length, f.end + 60));
  if (DELIVERY.test(clause) || /\brollback\b/i.test(block.section.title)) return 0;
  const kind = block.section.kind;
  return kind === 'requirements' || kind === 'technical-assumptions' ? 2 : 1;
}

export function extractRecovery(docs: SourceDoc[], kind: 'rto' | 'rpo'): DurationFact | null {
  const found: { value: string; minutes: number; ev: ReturnType<typeof evidenceAt>; prio: number }[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const f = statedIn(block.text, kind);
      if (!f) continue;
      found.push({ value: f.value, minutes: f.minutes, ev: evidenceAt(doc, block, f.start, f.end), prio: priority(block, block.text, f) });
    }
  }
  if (found.length === 0) return null;
  const top = Math.max(...found.map((f) => f.prio));
  const pick = found.find((f) => f.prio === top)!;
  return {
    value: pick.value,
    minutes: pick.minutes,
    evidence: sortEvidence(found.filter((f) => f.minutes === pick.minutes).map((f) => f.ev)),
    confidence: confidenceOf(Math.max(top, 1)),
  };
}
