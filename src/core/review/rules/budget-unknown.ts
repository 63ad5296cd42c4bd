// Rule: a costly architecture with no budget stated anywhere: an open question, not a blocker.
import { defineRule } from '../rule.js';

const NOTABLE_MONTHLY = 300;

export default defineRule({
  meta: {
    id: 'budget-unknown',
    category: 'resource-constraints',
    title: 'No budget stated for a non-trivial monthly cost',
    description: "The inputs state no infrastructure budget while the model's estimate is above a few hundred a month.",
    why: 'Without a budget nobody can tell whether always-on environments, multi-zone databases or a second region are affordable, and the first bill becomes the review.',
    detection: 'No budget fact in the profile and a high monthly estimate of at least 300. Yellow open question.',
    mitigation: 'Ask the product owner for a monthly infrastructure budget (per environment if possible) and set a billing alert at it.',
    falsePositives: 'The organisation funds infrastructure centrally and cost is genuinely not a constraint for this project.',
    docs: ['https://www.finops.org/framework/'],
    resolvedBy: 'cost.guardrails',
    messages: {
      noBudget: 'The model is estimated at {low}–{high} a month, and the inputs state no budget to check it against.',
    },
  },
  check(ctx) {
    if (ctx.v.budgetMonthly()) return [];
    const high = ctx.model.costLines.reduce((s, l) => s + l.monthlyHigh, 0);
    if (high < NOTABLE_MONTHLY) return [];
    const low = ctx.model.costLines.reduce((s, l) => s + l.monthlyLow, 0);
    return [
      {
        subject: 'budget',
        signal: { impact: 2, likelihood: 2, basis: 'missing' },
        evidence: { facts: [], model: ctx.model.costLines.map((l) => `cost:${l.item}`) },
        messageId: 'noBudget',
        data: { low: Math.round(low), high: Math.round(high) },
      },
    ];
  },
});
