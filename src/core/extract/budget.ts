// Finds stated ceilings or targets for infrastructure spend ("must stay under $500/month", "$6,000 a year"), as monthly amounts with their currency.
import type { Block, BudgetFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence } from './evidence.js';
import { parseAmount } from './numbers.js';
import { phraseStatus } from './assertion-status.js';

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', A$: 'AUD', AU$: 'AUD', US$: 'USD', C$: 'CAD' };
const AMOUNT = String.raw`(A\$|AU\$|US\$|C\$|[$€£])\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)(?:\s*([kK]))?(?:\s*(?:-|–|to)\s*(?:A\$|AU\$|US\$|C\$|[$€£])?\s?(\d[\d,]{0,14}(?:\.\d{1,4})?)(?:\s*([kK]))?)?`;
// The period after a figure: a month, or a year (read as a twelfth a month).
const MONTHLY = new RegExp(
  AMOUNT +
    String.raw`\s*(?:\/\s*(?:month|mo|(year|yr))\b|per\s+(?:month|(year|annum))\b|a\s+(?:month|(year))\b|monthly\b|(yearly|annually)\b|p\/m\b|pcm\b|(p\.a\.))`,
  'g',
);
const BEFORE_AMOUNT = String.raw`\s+(?:infrastructure\s+|cloud\s+|hosting\s+|operating\s+|running\s+)?(?:budget|cost|spend)s?\s*(?:(?:\(|of|:|is|under|below|<|≤)\s*)?(?:(?:~|about|approximately)\s*)?`;
// "monthly budget: £200", "annual infrastructure budget of $6,000": the period stands before the figure.
const PERIOD_BEFORE = new RegExp(String.raw`\b(?:monthly|(annual|yearly))` + BEFORE_AMOUNT + AMOUNT, 'gi');
// What makes a figure a spending ceiling or target for the system rather than any price.
const BUDGET_CONTEXT = new RegExp(
  [
    String.raw`\bbudget(?:s|ed)?\b`,
    String.raw`\bceiling\b`,
    String.raw`\bspend(?:ing)?\b`,
    String.raw`\bcost[- ](?:caps?|limits?|ceilings?|targets?|control|plan|envelope|goals?|efficiency|effective)\b`,
    String.raw`\b(?:hard|spending|spend)\s+(?:caps?|limits?)\b`,
    String.raw`\b(?:mvp|total|overall|infrastructure|infra|cloud|hosting|operational|operating|running|monthly|platform|production|system|run)\s+(?:costs?|spend|bill)\b`,
    String.raw`^\W*costs?\b`,
  ].join('|'),
  'i',
);
// A ceiling word right before the figure ("stay under", "must not exceed", "capped at").
const CEILING_BEFORE =
  /\b(?:stay(?:s|ing)?|kept|keep|remain(?:s|ing)?)\s+(?:\w+\s+){0,3}?(?:under|below|within)\s+(?:(?:~|about|approximately|roughly)\s*)?$|\b(?:must\s+not|shall\s+not|should\s+not|not\s+to|never|does\s+not|cannot)\s+exceed\s*$|\b(?:at\s+most|no\s+more\s+than|(?:cost|costs|spend)\s+less\s+than|capped\s+at|cap\s+of|limit(?:ed)?\s+(?:of|to)|max(?:imum)?(?:\s+of)?:?)\s*$/i;
// Money that is not infrastructure spend: revenue, customer prices, salaries, savings.
const NOT_SPEND_AFTER =
  /^\W{0,4}(?:\/\s*(?:month|mo)\s*)?(?:[\w-]+\s+){0,2}?(?:recurring|revenue|mrr|arr|pricing|prices?|tiers?|subscriptions?|licen[cs]es?|salar(?:y|ies)|wages?|per\s+(?:seat|user|customer|tenant|member|licen[cs]e|location|practice|account)|(?:basic|pro|premium|starter|enterprise|business|team)\s+plan)\b/i;
const NOT_SPEND_BEFORE =
  /\b(?:revenue|mrr|arr|income|profit|sales|pric(?:e|es|ed|ing)|tiers?|subscriptions?|plans?\s+(?:at|for|of)|charg(?:e|es|ed|ing)|fees?|salar(?:y|ies)|wages?|sav(?:e|es|ed|ing|ings)|roi|return\s+on\s+investment|pay(?:s|ing)?\s*back|capital|funding)\b[^,.;()]{0,25}$/i;
// "≈ €1,400/month, under the €1,500 ceiling": the first figure is an estimate measured against the budget.
// "Managed Redis: $15/month": one item's price after its name, unless the label itself names the budget.
const ITEM_LABEL = /^([^:]{1,40}):(?:\s?(?:~|about|approx\.?|roughly))?$/i;
const BUDGET_LABEL = /\b(?:budget|total|cost|costs|spend|spending|ceiling|cap|limit|target|bill|hosting|infrastructure|opex)\b/i;
// "(rejected for cost)", "versus $80 for X", "cheaper than": a price weighed against another, not a limit set.
const REJECTED_AFTER = /^\s*(?:\(\s*)?(?:rejected|not\s+chosen|ruled\s+out|discarded|too\s+expensive)\b/i;
const COMPARISON = /\b(?:vs\.?|versus|compared\s+(?:to|with)|cheaper\s+than|more\s+expensive\s+than|instead\s+of)\s/i;
const ESTIMATE_AFTER = /^[^.;]{0,12}\b(?:under|below|within)\s+(?:the\s+|our\s+|a\s+)?(?:[$€£]|budget|ceiling|cap|limit)/i;

/** The text between the last line, cell or clause break and the figure, without list marks and emphasis. */
function itemSegment(before: string): string {
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('•'));
  return before
    .slice(cut + 1)
    .replace(/[*_]/g, '')
    .replace(/^[\s>-]+/, '')
    .trimEnd();
}

/** A delta ("would add $40 a month"), a competitor's bill or an example is not this system's limit. */
function thisSystem(text: string, start: number, end: number): boolean {
  return !['cost-delta', 'market', 'hypothetical'].includes(phraseStatus(text, start, end));
}

function acceptable(block: Block, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 40);
  if (NOT_SPEND_AFTER.test(after) || NOT_SPEND_BEFORE.test(before)) return false;
  if (ESTIMATE_AFTER.test(after) || REJECTED_AFTER.test(after)) return false;
  if (!thisSystem(text, start, end)) return false;
  if (block.type === 'table-row') {
    // One line of a cost table is the price of a component; only a total or budget row states the whole.
    const first = block.cells?.[0] ?? '';
    if (/^\W*(?:total|budget|sum|overall|monthly\s+budget)\b/i.test(first)) return true;
  }
  if (CEILING_BEFORE.test(before)) return true;
  const label = ITEM_LABEL.exec(itemSegment(before));
  if (label && !BUDGET_LABEL.test(label[1])) return false;
  // Context must sit in the same sentence as the figure.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const sentence = before.slice(cut + 1) + text.slice(start, end) + after.split(/[.!?]\s/)[0];
  if (COMPARISON.test(sentence)) return false;
  return BUDGET_CONTEXT.test(sentence);
}

export function extractBudget(docs: SourceDoc[]): BudgetFact[] {
  const byKey = new Map<string, BudgetFact>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'example'].includes(block.section.kind)) continue;
      for (const re of [MONTHLY, PERIOD_BEFORE]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(block.text)) !== null) {
          const end = m.index + m[0].length;
          if (re === MONTHLY && !acceptable(block, block.text, m.index, end)) continue;
          if (re === PERIOD_BEFORE && (NOT_SPEND_AFTER.test(block.text.slice(end, end + 40)) || !thisSystem(block.text, m.index, end)))
            continue;
          // Figures sit after the period word in PERIOD_BEFORE, so its groups are shifted by one.
          const g = re === MONTHLY ? m.slice(1, 6) : m.slice(2, 7);
          const yearly = re === MONTHLY ? m.slice(6).some((x) => x !== undefined) : m[1] !== undefined;
          const currency = CURRENCY[g[0]] ?? 'USD';
          // A range keeps its upper bound, with the thousands suffix shared when only the end has one ("$2-3K").
          const hi = g[3] ?? g[1];
          const suffix = g[3] ? (g[4] ?? '') : (g[2] ?? '');
          const amount = parseAmount(hi, suffix);
          if (amount === null || amount <= 0) continue;
          const monthly = yearly ? Math.round((amount / 12) * 100) / 100 : amount;
          const text = m[0].replace(/\s+/g, ' ').trim();
          const key = `${currency}:${monthly}`;
          const ev = evidenceAt(doc, block, m.index, end);
          const prev = byKey.get(key);
          if (prev) prev.evidence = sortEvidence([...prev.evidence, ev]);
          else byKey.set(key, { monthly, currency, text, evidence: [ev] });
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.monthly - b.monthly));
}
