// When the high estimate is over the stated budget: the cuts that close the gap, each with what it saves a month.
import type { InfraModel, Profile } from '../types.js';
import { kb } from '../knowledge/active.js';
import { COMMITMENT_DISCOUNT, OFF_HOURS_SAVING } from '../actions/prices.js';
import { costAgainstBudget } from './cost-budget.js';
import type { CostPlan } from './derive-costs.js';
import { isHyperscalerFamily } from './component-prices.js';

type Cut = NonNullable<InfraModel['costCuts']>[number];

const names = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(''));

/**
 * Candidate cuts, priced from the same figures as the cost lines: a pilot light for a running standby (only when the
 * pilot light still meets the stated RTO), non-production stopped out of hours, one shared non-production environment,
 * and a one-year commitment on production compute and databases. Largest saving first; none when within budget.
 */
export function costCuts(profile: Profile, model: Pick<InfraModel, 'costLines' | 'regions'>, plan: CostPlan): Cut[] {
  const check = costAgainstBudget(model, profile);
  if (!check || check.highWithin !== false) return [];
  const cuts: Cut[] = [];
  const s = plan.standby;
  const pilot = kb().drTier('pilot-light');
  const rto = profile.rto?.minutes ?? null;
  if (s && s.tier !== 'pilot-light' && s.high > s.dataOnly && pilot?.rtoMinutes && (rto === null || pilot.rtoMinutes <= rto)) {
    const where = model.regions.find((r) => r.role === 'secondary')?.id ?? 'the standby region';
    cuts.push({
      cut: `A pilot light in ${where} instead of ${kb().drTier(s.tier)?.name.toLowerCase() ?? s.tier}: only the database replicas run there, compute starts on failover (about ${pilot.rtoMinutes} minutes${rto ? `, within the ${rto}-minute RTO` : ''})`,
      savesMonthly: Math.round(s.high - s.dataOnly),
      from: ['dr.strategy-tier'],
    });
  }
  const unscheduled = plan.nonProd.filter((e) => !e.scheduled && e.compute > 0);
  if (unscheduled.length)
    cuts.push({
      cut: `${names(unscheduled.map((e) => e.name))} compute stopped outside working hours (12 h × 5 days)`,
      savesMonthly: Math.round(unscheduled.reduce((a, e) => a + e.compute * OFF_HOURS_SAVING, 0)),
      from: ['cost.non-prod-savings'],
    });
  if (plan.nonProd.length >= 2) {
    const smallest = [...plan.nonProd].sort((a, b) => a.high - b.high)[0];
    cuts.push({
      cut: `One shared non-production environment: fold ${smallest.name} into ${plan.nonProd.find((e) => e !== smallest)!.name}`,
      savesMonthly: Math.round(smallest.high),
      from: ['environments.layout'],
    });
  }
  if (isHyperscalerFamily(plan.family) && plan.committable > 0)
    cuts.push({
      cut: `One-year commitments (savings plans, reserved instances) on production compute and databases, about ${COMMITMENT_DISCOUNT * 100} % off list`,
      savesMonthly: Math.round(plan.committable * COMMITMENT_DISCOUNT),
      from: ['cost.pricing-model'],
    });
  return cuts.filter((c) => c.savesMonthly > 0).sort((a, b) => b.savesMonthly - a.savesMonthly);
}
