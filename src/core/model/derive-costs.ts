// Rough monthly cost lines per component, from the small price table, scaled by the stated user numbers.
import type { InfraModel, Profile } from '../types.js';
import type { Family } from '../decide/platform-family.js';
import { techInfo, techName } from './tech-catalog.js';

type CostLine = InfraModel['costLines'][number];

/** Scale multiplier from the largest stated user figure: the price table is for a small production load. */
export function scaleTier(profile: Profile): { factor: number; label: string } {
  const users = profile.scale
    .filter((s) => s.kind === 'users' || s.kind === 'concurrent-users')
    .reduce((m, s) => Math.max(m, s.kind === 'concurrent-users' ? s.value * 10 : s.value), 0);
  if (users === 0) return { factor: 1, label: 'no user figure stated; entry tier assumed' };
  if (users <= 1_000) return { factor: 1, label: `about ${users.toLocaleString('en-US')} users; entry tier` };
  if (users <= 10_000) return { factor: 2, label: `about ${users.toLocaleString('en-US')} users; ×2 entry tier` };
  if (users <= 100_000) return { factor: 4, label: `about ${users.toLocaleString('en-US')} users; ×4 entry tier` };
  return { factor: 8, label: `about ${users.toLocaleString('en-US')} users; ×8 entry tier` };
}

const NETWORK_BASE: Partial<Record<Family, [number, number, string]>> = {
  aws: [35, 110, 'NAT gateway and load balancer hours plus data transfer'],
  azure: [30, 100, 'NAT gateway, application gateway hours plus data transfer'],
  gcp: [30, 100, 'Cloud NAT, load balancer forwarding rules plus data transfer'],
};

export function deriveCosts(profile: Profile, model: Omit<InfraModel, 'costLines'>, family: Family): CostLine[] {
  const { factor, label } = scaleTier(profile);
  const lines: CostLine[] = [];
  const priced = (item: string, tech: string, from: string[]) => {
    const info = techInfo(tech);
    if (!info?.price) {
      lines.push({
        item,
        monthlyLow: 0,
        monthlyHigh: 50 * factor,
        basis: `estimate: no list price in the table for ${techName(tech)}; placeholder range (${label})`,
        from,
      });
      return;
    }
    const { low, high } = info.price;
    if (low === 0 && high === 0) return;
    lines.push({
      item,
      monthlyLow: low * factor,
      monthlyHigh: high * factor,
      basis: `estimate: ${info.name} entry tier $${low}–$${high}/month (${label})`,
      from,
    });
  };
  for (const c of model.compute) priced(c.name, c.tech, [c.id]);
  for (const d of model.dataStores) priced(d.name, d.tech, [d.id]);
  const net = NETWORK_BASE[family];
  if (net)
    lines.push({
      item: 'Networking (NAT, load balancing, egress)',
      monthlyLow: net[0],
      monthlyHigh: net[1] * factor,
      basis: `estimate: ${net[2]}`,
      from: ['network.topology'],
    });
  if (model.security.waf)
    lines.push({
      item: `Web application firewall (${model.security.waf})`,
      monthlyLow: 10,
      monthlyHigh: 60,
      basis: 'estimate: one web ACL with a managed rule set and request charges',
      from: ['network.waf'],
    });
  lines.push({
    item: `Observability (${model.observability.logs})`,
    monthlyLow: 0,
    monthlyHigh: 30 * factor,
    basis: 'estimate: log ingestion and retention beyond the free allowance',
    from: ['observability.logging'],
  });
  const tool = model.pipelines[0]?.tool;
  if (tool)
    lines.push({
      item: `CI/CD minutes (${techName(tool)})`,
      monthlyLow: 0,
      monthlyHigh: 50,
      basis: 'estimate: hosted runner minutes beyond the free allowance',
      from: ['cicd.pipeline-platform'],
    });
  const prodLow = lines.reduce((s, x) => s + x.monthlyLow, 0);
  const prodHigh = lines.reduce((s, x) => s + x.monthlyHigh, 0);
  const nonProd = model.environments.filter((e) => e.id !== 'local' && e.id !== 'preview' && e.promotesTo !== null).length;
  if (nonProd > 0)
    lines.push({
      item: `Non-production environments (${nonProd})`,
      monthlyLow: Math.round(prodLow * 0.2 * nonProd),
      monthlyHigh: Math.round(prodHigh * 0.3 * nonProd),
      basis: 'estimate: each non-production environment at 20–30 % of production, scaled down and stopped out of hours',
      from: ['environments.layout', 'cost.non-prod-savings'],
    });
  if (model.regions.some((r) => r.role === 'secondary'))
    lines.push({
      item: 'Standby capacity in the secondary region',
      monthlyLow: Math.round(prodLow * 0.2),
      monthlyHigh: Math.round(prodHigh * 0.5),
      basis: 'estimate: replicated data plus minimal standby compute, 20–50 % of production',
      from: ['dr.strategy-tier'],
    });
  return lines;
}
