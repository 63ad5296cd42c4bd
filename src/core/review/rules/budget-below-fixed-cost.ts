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
      "Sum of the model's cost lines against the lowest stated monthly budget: red when even the low estimate exceeds it by half again, yellow when the low estimate exceeds it, green when only the high estimate exceeds twice the budget. On rented servers or on-premises, components often share one machine and the estimate prices them apart, so the concern is at most yellow.",
    mitigation:
      'Drop or downsize the largest cost lines (smaller instances, serverless or scale-to-zero, fewer always-on environments), or raise the budget explicitly.',
    falsePositives: 'The budget figure covers something else (one environment, one team) or credits and discounts cover the gap.',
    docs: ['https://aws.amazon.com/aws-cost-management/aws-pricing-calculator/', 'https://cloud.google.com/products/calculator'],
    resolvedBy: 'cost.pricing-model',
  },
  check(ctx) {
    const budget = ctx.v.budgetMonthly();
    const lines = ctx.model.costLines;
    if (!budget || !lines.length) return [];
    const low = lines.reduce((s, l) => s + l.monthlyLow, 0);
    const high = lines.reduce((s, l) => s + l.monthlyHigh, 0);
    if (low <= budget.value && high <= 2 * budget.value) return [];
    const top = [...lines].sort((a, b) => b.monthlyLow - a.monthlyLow || (a.item < b.item ? -1 : 1)).slice(0, 3);
    const model = top.map((l) => `cost:${l.item}`);
    const colocated = ctx.family() === 'servers' || ctx.family() === 'on-prem';
    const signal: Finding['signal'] =
      low > 1.5 * budget.value
        ? { impact: 3, likelihood: colocated ? 2 : 3, basis: 'stated' }
        : low > budget.value
          ? { impact: 2, likelihood: 3, basis: 'stated' }
          : { impact: 1, likelihood: 2, basis: 'stated' };
    return [
      {
        subject: 'budget',
        signal,
        evidence: { facts: budget.evidence, model },
        message: `Estimated $${Math.round(low)}–$${Math.round(high)} a month against a budget of $${Math.round(budget.value)}${ctx.profile.budget.some((b) => b.currency !== 'USD') ? ' (the stated budget in USD at the catalogue rate)' : ''}; largest lines: ${top.map((l) => `${l.item} (${l.monthlyLow}–${l.monthlyHigh})`).join(', ')}.`,
      },
    ];
  },
});
