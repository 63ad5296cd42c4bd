// Finds monthly budget figures ("$500/month", "€35-45/month", "$2-3K monthly") with their currency.
import type { BudgetFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence } from './evidence.js';
import { parseAmount } from './numbers.js';

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', 'A$': 'AUD', 'AU$': 'AUD', 'US$': 'USD', 'C$': 'CAD' };
const AMOUNT = String.raw`(A\$|AU\$|US\$|C\$|[$€£])\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)\s*([kK])?(?:\s*(?:-|–|to)\s*(?:A\$|AU\$|US\$|C\$|[$€£])?\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)\s*([kK])?)?`;
const MONTHLY = new RegExp(AMOUNT + String.raw`\s*(?:\/\s*(?:month|mo)\b|per\s+month\b|a\s+month\b|monthly\b|p\/m\b|pcm\b)`, 'g');
const MONTHLY_BEFORE = new RegExp(String.raw`\b(?:monthly\s+(?:budget|cost|spend|infrastructure\s+cost)s?|budget\s+of)\s*(?:of|:|is|under|below|<|≤)?\s*(?:~|about|approximately)?\s*` + AMOUNT, 'gi');

export function extractBudget(docs: SourceDoc[]): BudgetFact[] {
  const byKey = new Map<string, BudgetFact>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'example'].includes(block.section.kind)) continue;
      for (const re of [MONTHLY, MONTHLY_BEFORE]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(block.text)) !== null) {
          const currency = CURRENCY[m[1]] ?? 'USD';
          // A range keeps its upper bound, with the thousands suffix shared when only the end has one ("$2-3K").
          const hi = m[4] ?? m[2];
          const suffix = m[4] ? (m[5] ?? '') : (m[3] ?? '');
          const monthly = parseAmount(hi, suffix);
          if (monthly === null || monthly <= 0) continue;
          const text = m[0].replace(/\s+/g, ' ').trim();
          const key = `${currency}:${monthly}`;
          const ev = evidenceAt(doc, block, m.index, m.index + m[0].length);
          const prev = byKey.get(key);
          if (prev) prev.evidence = sortEvidence([...prev.evidence, ev]);
          else byKey.set(key, { monthly, currency, text, evidence: [ev] });
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.monthly - b.monthly));
}
