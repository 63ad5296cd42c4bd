// The model's cost lines set against the lowest stated budget, in the budget's own currency (rates from the catalogue).
import type { BudgetFact, InfraModel, Profile } from '../types.js';
import { kb } from '../knowledge/active.js';

export interface BudgetCheck {
  /** Sums of the cost lines, USD. */
  lowUsd: number;
  highUsd: number;
  budget: BudgetFact;
  /** The estimate in the budget's currency; null when the catalogue has no rate for it. */
  lowInBudget: number | null;
  highInBudget: number | null;
  /** The rate used, in words ("1 EUR = 1.16 USD, 2025-11"); null for a USD budget or an unknown currency. */
  rate: string | null;
  /** The high estimate fits the budget (null when the currencies cannot be compared). */
  highWithin: boolean | null;
  lowWithin: boolean | null;
}

/** The budget a design is held to: the lowest stated one, compared in USD where rates allow. */
export function lowestBudget(profile: Profile): BudgetFact | null {
  if (!profile.budget.length) return null;
  const usd = (b: BudgetFact) => b.monthly * (kb().currency(b.currency)?.usd ?? 1);
  return profile.budget.reduce((a, b) => (usd(b) < usd(a) ? b : a));
}

/** A USD amount in another currency, or null when the catalogue has no rate for it. */
export function fromUsd(amountUsd: number, currency: string): number | null {
  const c = kb().currency(currency);
  return c ? amountUsd / c.usd : null;
}

/** A budget's monthly amount in USD, or null when the catalogue has no rate for its currency. */
export function budgetUsd(b: BudgetFact): number | null {
  const c = kb().currency(b.currency);
  return c ? b.monthly * c.usd : null;
}

export function costAgainstBudget(model: Pick<InfraModel, 'costLines'>, profile: Profile): BudgetCheck | null {
  const budget = lowestBudget(profile);
  if (!budget) return null;
  const lowUsd = model.costLines.reduce((s, x) => s + x.monthlyLow, 0);
  const highUsd = model.costLines.reduce((s, x) => s + x.monthlyHigh, 0);
  const c = kb().currency(budget.currency);
  const lowIn = fromUsd(lowUsd, budget.currency);
  const highIn = fromUsd(highUsd, budget.currency);
  return {
    lowUsd,
    highUsd,
    budget,
    lowInBudget: lowIn,
    highInBudget: highIn,
    rate: c && c.id !== 'USD' ? `1 ${c.id} = ${c.usd} USD, ${c.asOf}` : null,
    highWithin: highIn === null ? null : highIn <= budget.monthly,
    lowWithin: lowIn === null ? null : lowIn <= budget.monthly,
  };
}
