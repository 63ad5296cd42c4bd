// Monthly cost lines for what the design has: each component from its catalogue price band, sized from the stated load,
// plus what the decisions chose to add (a NAT gateway, a load balancer, a WAF, a standby region); nothing else.
import type { InfraModel, Profile } from '../types.js';
import { kb } from '../knowledge/active.js';
import type { PointId } from '../decide/point-ids.js';
import type { DecisionLookup } from './decision-lookup.js';
import { techInfo, techName } from './tech-catalog.js';

type CostLine = InfraModel['costLines'][number];

/** Points whose chosen option may add a priced item of its own (its `charges` attribute). */
const CHARGING_POINTS: PointId[] = ['network.topology', 'network.ingress', 'network.waf'];

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Scale multiplier for the price bands, which are for a small production load. A stated peak (concurrent users or
 * a request rate) sizes the system; registered users only when no peak is stated, since most are not active at once.
 */
export function scaleTier(profile: Profile): { factor: number; label: string } {
  const concurrent = profile.scale.filter((s) => s.kind === 'concurrent-users').reduce((m, s) => Math.max(m, s.value), 0);
  const rps = profile.scale.filter((s) => s.kind === 'requests-per-second').reduce((m, s) => Math.max(m, s.value), 0);
  const users = profile.scale.filter((s) => s.kind === 'users').reduce((m, s) => Math.max(m, s.value), 0);
  // One active user is taken to stand for ten registered ones, and a request a second for ten active users.
  const peak = Math.max(concurrent * 10, rps * 100);
  const equivalent = peak > 0 ? peak : users;
  const basis =
    peak > 0
      ? [concurrent ? `${fmt(concurrent)} concurrent users` : null, rps ? `${fmt(rps)} requests/s` : null].filter(Boolean).join(', ') +
        ' at peak'
      : `about ${fmt(users)} users`;
  if (equivalent === 0) return { factor: 1, label: 'no user figure stated; entry tier assumed' };
  if (equivalent <= 1_000) return { factor: 1, label: `${basis}; entry tier` };
  if (equivalent <= 10_000) return { factor: 2, label: `${basis}; ×2 entry tier` };
  if (equivalent <= 100_000) return { factor: 4, label: `${basis}; ×4 entry tier` };
  return { factor: 8, label: `${basis}; ×8 entry tier` };
}

/** A unit price as a [low, high] range in USD, with what it prices. */
function range(name: string): { low: number; high: number; unit: string; label: string } {
  const p = kb().unitPrice(name);
  return { low: p.usd, high: p.high ?? p.usd, unit: p.unit, label: p.label ?? name };
}

export function deriveCosts(profile: Profile, model: Omit<InfraModel, 'costLines'>, l: DecisionLookup): CostLine[] {
  const { factor, label } = scaleTier(profile);
  const lines: CostLine[] = [];
  const seen = new Set<string>();
  const priced = (item: string, tech: string, from: string[]) => {
    const band = techInfo(tech)?.price;
    if (!band) {
      const p = range('unlistedComponent');
      lines.push({
        item,
        monthlyLow: p.low * factor,
        monthlyHigh: p.high * factor,
        basis: `estimate: no list price in the catalogue for ${techName(tech)}; placeholder range (${label})`,
        from,
      });
      return;
    }
    if (band.low === 0 && band.high === 0) return;
    lines.push({
      item,
      monthlyLow: band.low * factor,
      monthlyHigh: band.high * factor,
      basis: `estimate: ${techName(tech)} entry tier $${band.low}–$${band.high}/month (${label})`,
      from,
    });
  };
  for (const c of model.compute) priced(c.name, c.tech, [c.id]);
  for (const d of model.dataStores) priced(d.name, d.tech, [d.id]);
  const components = lines.reduce((s, x) => [s[0] + x.monthlyLow, s[1] + x.monthlyHigh], [0, 0]);

  // What the decisions chose to add, each once: private subnets' NAT, a load balancer, a WAF policy.
  for (const point of CHARGING_POINTS) {
    if (l.isNone(point)) continue;
    for (const name of l.attrs(point).charges ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      const p = range(name);
      lines.push({
        item: p.label,
        monthlyLow: p.low,
        monthlyHigh: p.high,
        basis: `estimate: ${p.unit} (${l.title(point, point)}; list price read ${kb().unitPrice(name).asOf})`,
        from: [point],
      });
    }
  }
  const obs = range('observabilityBeyondFree');
  lines.push({
    item: `Observability (${model.observability.logs})`,
    monthlyLow: obs.low,
    monthlyHigh: obs.high * factor,
    basis: `estimate: ${obs.unit}`,
    from: ['observability.logging'],
  });
  const tool = model.pipelines[0]?.tool;
  if (tool) {
    const ci = range('ciMinutesBeyondFree');
    lines.push({
      item: `CI/CD minutes (${techName(tool)})`,
      monthlyLow: ci.low,
      monthlyHigh: ci.high,
      basis: `estimate: ${ci.unit}`,
      from: ['cicd.pipeline-platform'],
    });
  }
  // Copies of the components only: networking, pipelines and observability are shared or priced once above.
  const nonProd = model.environments.filter((e) => e.id !== 'local' && e.id !== 'preview' && e.promotesTo !== null).length;
  if (nonProd > 0)
    lines.push({
      item: `Non-production environments (${nonProd})`,
      monthlyLow: Math.round(components[0] * 0.2 * nonProd),
      monthlyHigh: Math.round(components[1] * 0.3 * nonProd),
      basis: 'estimate: each non-production environment runs the components at 20–30 % of production, scaled down and stopped out of hours',
      from: ['environments.layout', 'cost.non-prod-savings'],
    });
  // A standby region costs only what its tier keeps running there.
  const tier = l.attrs('dr.strategy-tier').tier;
  const share: Record<string, [number, number, string]> = {
    'pilot-light': [0.1, 0.2, 'replicated data, compute switched off until needed, 10–20 % of the components'],
    'warm-standby': [0.2, 0.5, 'replicated data plus scaled-down standby compute, 20–50 % of the components'],
    'active-active': [0.9, 1, 'a second full copy serving traffic, 90–100 % of the components'],
  };
  const standby = tier ? share[tier] : undefined;
  if (standby && model.regions.some((r) => r.role === 'secondary'))
    lines.push({
      item: 'Standby capacity in the secondary region',
      monthlyLow: Math.round(components[0] * standby[0]),
      monthlyHigh: Math.round(components[1] * standby[1]),
      basis: `estimate: ${standby[2]}`,
      from: ['dr.strategy-tier'],
    });
  return lines;
}
