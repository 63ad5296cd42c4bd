// Rule: the stated budget does not cover what the chosen services cost each month.
import { defineRule, type Finding } from '../rule.js';

export default defineRule({
  meta: {
    id: 'budget-below-fixed-cost',
    category: 'resource-constraints',
    title: 'Budget below the cost of the chosen services',
    description: 'The monthly cost estimate of the model exceeds the stated monthly budget.',
    why: 'Fixed monthly costs (database instances, NAT gateways, load balancers, per-seat plans) arrive before the first user. An architecture the budget cannot pay for is not feasible, whatever its merits.',
    detection:
      "Sum of the model's cost lines against the lowest stated monthly budget: red when even the low estimate (the fixed cost of the design) exceeds it, green when only the high estimate exceeds twice the budget. On rented servers or on-premises, components often share one machine and the estimate prices them apart, so the concern is at most yellow.",
    mitigation:
      'Drop or downsize the largest cost lines (smaller instances, serverless or scale-to-zero, fewer always-on environments), or raise the budget explicitly.',
    falsePositives: 'The budget figure covers something else (one environment, one team) or credits and discounts cover the gap.',
    docs: ['https://aws.amazon.com/aws-cost-management/aws-pricing-calculator/', 'https://cloud.google.com/products/calculator'],
    resolvedBy: 'cost.pricing-model',
    messages: {
      overBudget: 'Estimated ${low}–${high} a month against the stated budget of ${budget} ({budgetAt}); largest lines: {largest}.',
      overBudgetConverted:
        'Estimated ${low}–${high} a month against the stated budget of ${budget} ({budgetAt}, in USD at the catalogue rate); largest lines: {largest}.',
    },
  },
  check(ctx) {
    const budget = ctx.v.budgetMonthly();
    const lines = ctx.model.costLines;
    if (!budget || !lines.length) return [];
    const low = lines.reduce((s, l) => s + l.monthlyLow, 0);
    const high = lines.reduce((s, l) => s + l.monthlyHigh, 0);
    const signal = signalOf(low, high, budget.value, ctx.family() === 'servers' || ctx.family() === 'on-prem');
    if (!signal) return [];
    const top = [...lines].sort((a, b) => b.monthlyLow - a.monthlyLow || (a.item < b.item ? -1 : 1)).slice(0, 3);
    return [
      {
        subject: 'budget',
        signal,
        evidence: { facts: budget.evidence, model: top.map((l) => `cost:${l.item}`) },
        messageId: ctx.profile.budget.some((b) => b.currency !== 'USD') ? 'overBudgetConverted' : 'overBudget',
        data: {
          low: Math.round(low),
          high: Math.round(high),
          budget: Math.round(budget.value),
          budgetAt: budget.evidence[0] ? `${budget.evidence[0].file}:${budget.evidence[0].line}` : 'the inputs',
          largest: top.map((l) => `${l.item} (${l.monthlyLow}–${l.monthlyHigh})`).join(', '),
        },
        // The stated budget and the stated choices both stand: the ways out are named, none is taken.
        ...(low > budget.value
          ? {
              mitigation: `Raise the budget to at least $${Math.round(low)} a month, or change the design (drop or downsize ${top
                .map((l) => l.item)
                .join(', ')}; scale-to-zero or fewer always-on environments), or accept the overrun in writing.`,
            }
          : {}),
      },
    ];
  },
});

/**
 * The one severity function of this rule. The low estimate is what the design costs before the first user: above the
 * stated budget the two statements cannot both hold (red); co-located servers are priced apart, so there at most
 * yellow. Only the high estimate above twice the budget: a green note.
 */
function signalOf(low: number, high: number, budget: number, colocated: boolean): Finding['signal'] | null {
  if (low > budget) return colocated ? { impact: 2, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 3, basis: 'stated' };
  if (high > 2 * budget) return { impact: 1, likelihood: 2, basis: 'stated' };
  return null;
}
