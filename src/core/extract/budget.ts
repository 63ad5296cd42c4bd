// Finds stated monthly ceilings or targets for infrastructure spend ("must stay under $500/month"), with their currency.
import type { Block, BudgetFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence } from './evidence.js';
import { parseAmount } from './numbers.js';

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', A$: 'AUD', AU$: 'AUD', US$: 'USD', C$: 'CAD' };
const AMOUNT = String.raw`(A\$|AU\$|US\$|C\$|[$€£])\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)(?:\s*([kK]))?(?:\s*(?:-|–|to)\s*(?:A\$|AU\$|US\$|C\$|[$€£])?\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)(?:\s*([kK]))?)?`;
const MONTHLY = new RegExp(AMOUNT + String.raw`\s*(?:\/\s*(?:month|mo)\b|per\s+month\b|a\s+month\b|monthly\b|p\/m\b|pcm\b)`, 'g');
const MONTHLY_BEFORE = new RegExp(
  String.raw`\bmonthly\s+(?:infrastructure\s+|cloud\s+|hosting\s+|operating\s+|running\s+)?(?:budget|cost|spend)s?\s*(?:(?:\(|of|:|is|under|below|<|≤)\s*)?(?:(?:~|about|approximately)\s*)?` +
    AMOUNT,
  'gi',
);

// What makes a figure a spending ceiling or target for the system rather than any price.
const BUDGET_CONTEXT = new RegExp(
  [
    String.raw`\bbudget(?:s|ed)?\b`,
    String.raw`\bceiling\b`,
    String.raw`\bspend(?:ing)?\b`,
    String.raw`\bcost[- ](?:caps?|limits?|ceilings?|targets?|control|plan|envelope|goals?|efficiency|effective)\b`,
    String.raw`\b(?:mvp|total|overall|infrastructure|infra|cloud|hosting|operational|operating|running|monthly|platform|production|system|run)\s+(?:costs?|spend|bill)\b`,
    String.raw`^\W*costs?\b`,
  ].join('|'),
  'i',
);
// A ceiling word right before the figure ("stay under", "must not exceed", "capped at").
const CEILING_BEFORE =
  /\b(?:stay(?:s|ing)?|kept|keep|remain(?:s|ing)?)\s+(?:\w+\s+){0,2}?(?:under|below|within)\s+(?:(?:~|about|approximately|roughly)\s*)?$|\b(?:must\s+not|shall\s+not|should\s+not|not\s+to|never|does\s+not|cannot)\s+exceed\s*$|\b(?:at\s+most|no\s+more\s+than|capped\s+at|cap\s+of|limit(?:ed)?\s+(?:of|to)|max(?:imum)?(?:\s+of)?:?)\s*$/i;
// Money that is not infrastructure spend: revenue, customer prices, salaries, savings.
const NOT_SPEND_AFTER =
  /^\W{0,4}(?:\/\s*(?:month|mo)\s*)?(?:[\w-]+\s+){0,2}?(?:recurring|revenue|mrr|arr|pricing|prices?|tiers?|subscriptions?|licen[cs]es?|salar(?:y|ies)|wages?|per\s+(?:seat|user|customer|tenant|member|licen[cs]e|location|practice|account)|(?:basic|pro|premium|starter|enterprise|business|team)\s+plan)\b/i;
const NOT_SPEND_BEFORE =
  /\b(?:revenue|mrr|arr|income|profit|sales|pric(?:e|es|ed|ing)|tiers?|subscriptions?|plans?\s+(?:at|for|of)|charg(?:e|es|ed|ing)|fees?|salar(?:y|ies)|wages?|sav(?:e|es|ed|ing|ings)|capital|funding)\b[^,.;()]{0,25}$/i;
// "≈ €1,400/month, under the €1,500 ceiling": the first figure is an estimate measured against the budget.
const ESTIMATE_AFTER = /^[^.;]{0,12}\b(?:under|below|within)\s+(?:the\s+|our\s+|a\s+)?(?:[$€£]|budget|ceiling|cap|limit)/i;

function acceptable(block: Block, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 40);
  if (NOT_SPEND_AFTER.test(after) || NOT_SPEND_BEFORE.test(before)) return false;
  if (ESTIMATE_AFTER.test(after)) return false;
  if (block.type === 'table-row') {
    // One line of a cost table is the price of a component; only a total or budget row states the whole.
    const first = block.cells?.[0] ?? '';
    if (/^\W*(?:total|budget|sum|overall|monthly\s+budget)\b/i.test(first)) return true;
  }
  if (CEILING_BEFORE.test(before)) return true;
  // Context must sit in the same sentence as the figure.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const sentence = before.slice(cut + 1) + text.slice(start, end) + after.split(/[.!?]\s/)[0];
  return BUDGET_CONTEXT.test(sentence);
}

export function extractBudget(docs: SourceDoc[]): BudgetFact[] {
  const byKey = new Map<string, BudgetFact>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'example'].includes(block.section.kind)) continue;
      for (const re of [MONTHLY, MONTHLY_BEFORE]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(block.text)) !== null) {
          if (re === MONTHLY && !acceptable(block, block.text, m.index, m.index + m[0].length)) continue;
          if (re === MONTHLY_BEFORE && NOT_SPEND_AFTER.test(block.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
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
