// Finds scale figures: users, concurrency, tenants, request and transaction rates, data volume, growth, latency.
import type { ScaleFact, ScaleKind, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence } from './evidence.js';
import { parseAmount } from './numbers.js';
import { phraseStatus } from './assertion-status.js';

// Each optional part carries its own leading space, so no two whitespace runs can share the same spaces.
const N = String.raw`(\d[\d,]{0,14}(?:\.\d{1,4})?)(?:\s*([kKmM]))?(?:\s*\+)?`;
const RULES: { kind: ScaleKind; re: RegExp; unit?: (m: RegExpExecArray) => number }[] = [
  {
    kind: 'concurrent-users',
    re: new RegExp(String.raw`${N}\s+(?:simultaneous|concurrent|parallel)\s+(?:users?|calls?|sessions?|patient\s+calls?)`, 'gi'),
  },
  // Open sockets are load on the servers, not people: one user may hold several.
  {
    kind: 'concurrent-connections',
    re: new RegExp(
      String.raw`${N}\s+(?:(?:simultaneous|concurrent|parallel|open|persistent)\s+)?(?:WebSocket\s+|websocket\s+|socket\s+|SSE\s+)?connections\b`,
      'gi',
    ),
  },
  {
    kind: 'users',
    re: new RegExp(String.raw`${N}\s+(?:active\s+|daily\s+active\s+|monthly\s+active\s+|registered\s+|total\s+|end[- ])?users\b`, 'gi'),
  },
  { kind: 'tenants', re: new RegExp(String.raw`(?:${N}\s*[-–]\s*)?${N}\s+tenants\b`, 'gi') },
  {
    kind: 'requests-per-second',
    re: new RegExp(String.raw`${N}\s*(?:requests?|req|API\s+calls?)\s*(?:per\s+second|\/\s*s(?:ec(?:ond)?)?)\b|${N}\s*RPS\b`, 'gi'),
  },
  {
    kind: 'requests-per-minute',
    re: new RegExp(String.raw`${N}\s*(?:requests?|req|API\s+calls?|calls?)\s*(?:per\s+minute|\/\s*min(?:ute)?)\b|${N}\s*RPM\b`, 'gi'),
  },
  {
    kind: 'transactions-per-minute',
    re: new RegExp(String.raw`${N}\s*(?:transactions?|txns?|orders?|trades?)\s*(?:per\s+minute|\/\s*min(?:ute)?)\b|${N}\s*TPM\b`, 'gi'),
  },
  {
    kind: 'data-volume-gb',
    re: /(\d[\d,]{0,14}(?:\.\d{1,4})?)\s*(GB|TB|PB)\b(?=[^.]{0,60}\b(?:data|storage|database|stored|volume|corpus|records|files)\b)/g,
    unit: (m) => (m[2] === 'TB' ? 1024 : m[2] === 'PB' ? 1048576 : 1),
  },
  {
    kind: 'growth-percent',
    re: /(\d{1,4}(?:\.\d{1,3})?)\s*%\s+(?:(?:month-over-month|year-over-year|monthly|annual|yearly|user|data|traffic)\s+)*growth\b/gi,
  },
  {
    kind: 'latency-ms',
    re: /(?:latency|response\s+times?|p9[59]|page\s+loads?|load\s+times?)[^.\d]{0,40}?(?:<|≤|under|below|within|less\s+than|max(?:imum)?(?:\s+of)?\s)\s*(\d{1,6}(?:\.\d{1,3})?)\s*(ms|milliseconds?|s|sec(?:ond)?s?)\b/gi,
    unit: (m) => (/^m/i.test(m[2]) ? 1 : 1000),
  },
];

// A market or a competitor's user base is context about others, not this product's users.
const MARKET_CONTEXT = /\b(?:market|industry|TAM|SAM|addressable|competitors?|competing|incumbents?|rivals?)\b/i;
/** The sentence holding [start, end) in a block's text. */
function sentenceOf(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('\n'));
  const tail = text.slice(end, end + 120);
  const stop = tail.search(/[.;]\s|\n/);
  return head.slice(cut + 1) + text.slice(start, end) + (stop >= 0 ? tail.slice(0, stop) : tail);
}

// "100→1000→10K users": a figure after an arrow is a later step of a progression; its first step is today's figure.
const ARROW_END = /(?:→|⟶|->|=>) ?$/;
const STEP_END = /(\d[\d,]{0,14}(?:\.\d{1,4})?)([kKmM])?\+? ?$/;

/** The first step of the progression whose arrow leads to `at`, with where it starts; null when no arrow leads there. */
function progressionStart(text: string, at: number): { value: number; start: number } | null {
  const from = Math.max(0, at - 120);
  let head = text.slice(from, at);
  let first: { value: number; start: number } | null = null;
  // A bounded walk back over "N →" steps: each step strips one arrow and one figure.
  for (let i = 0; i < 8 && ARROW_END.test(head); i++) {
    head = head.replace(ARROW_END, '').trimEnd();
    const m = STEP_END.exec(head);
    if (!m) break;
    const value = parseAmount(m[1], m[2] ?? '');
    if (value === null) break;
    first = { value, start: from + m.index };
    head = head.slice(0, m.index);
  }
  return first;
}

const SCALE_WORDS =
  /users|calls|sessions|connections|tenants|requests|req\b|rps|rpm|tpm|transactions|txn|orders|trades|GB|TB|PB|growth|latency|response|p9[59]|load/i;

export function extractScale(docs: SourceDoc[]): ScaleFact[] {
  const byKey = new Map<string, ScaleFact>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      // A later phase's target ("Phase 3: about 10,000 users") is not today's load: sizing and cost follow the current one.
      if (block.type === 'code' || ['alternatives', 'example', 'future'].includes(block.section.kind)) continue;
      // Cheap keyword test first: most blocks hold no scale figure at all.
      if (!/\d/.test(block.text) || !SCALE_WORDS.test(block.text)) continue;
      for (const rule of RULES) {
        rule.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = rule.re.exec(block.text)) !== null) {
          const status = phraseStatus(block.text, m.index, m.index + m[0].length);
          if (status === 'hypothetical' || status === 'market') continue;
          const sentence = sentenceOf(block.text, m.index, m.index + m[0].length);
          if ((rule.kind === 'users' || rule.kind === 'concurrent-users') && MARKET_CONTEXT.test(sentence)) continue;
          // The last captured number of the match is the figure (ranges keep their upper bound).
          const nums = m
            .slice(1)
            .map((g, i) => ({ g, i }))
            .filter((x) => x.g !== undefined && /\d/.test(x.g));
          if (nums.length === 0) continue;
          const last = nums[nums.length - 1];
          const suffix = m[last.i + 2] && /^[kKmM]$/.test(m[last.i + 2]) ? m[last.i + 2] : '';
          let value = parseAmount(last.g, suffix);
          if (value === null) continue;
          const step = progressionStart(block.text, m.index);
          if (step) value = step.value;
          if (rule.unit) value = Math.round(value * rule.unit(m) * 100) / 100;
          const text = (step ? block.text.slice(step.start, m.index + m[0].length) : m[0]).replace(/\s+/g, ' ').trim();
          const key = `${rule.kind}:${value}`;
          const ev = evidenceAt(doc, block, m.index, m.index + m[0].length);
          const prev = byKey.get(key);
          if (prev) prev.evidence = sortEvidence([...prev.evidence, ev]);
          else byKey.set(key, { kind: rule.kind, value, text, evidence: [ev] });
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.value - b.value));
}
