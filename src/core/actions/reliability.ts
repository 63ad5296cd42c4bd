// Action 5: composite availability of the serving path, error budget, RTO/RPO against the DR tier, single points of failure.
import { defineAction } from './action.js';
import { drTierById, drTiers } from './dr-tiers.js';
import { minutes, num, pct } from './format.js';
import { servingStack, type StackItem } from './serving-stack.js';
import type { ActionContext } from './action.js';

const MONTH_MINUTES = 30 * 24 * 60;
const PATH_ROLES = ['edge', 'gateway', 'compute', 'database'] as const;

/** A database runs with a standby when the DR tier keeps a running copy. */
function databaseHa(ctx: ActionContext): boolean {
  const tier = currentTier(ctx);
  return !!tier && (tier.tier.id === 'warm-standby' || tier.tier.id === 'active-active');
}

/** The tier from the decision's typed attributes, else the model's tier id (a model read without decisions). */
function currentTier(ctx: ActionContext) {
  const d = ctx.decisions.find((x) => x.id === 'dr.strategy-tier');
  const fromDecision = drTierById(d?.attributes?.tier);
  if (fromDecision) return { tier: fromDecision, source: 'decision dr.strategy-tier' };
  const fromModel = drTierById(ctx.model?.dr.tierId);
  if (fromModel) return { tier: fromModel, source: 'model' };
  return null;
}

function pathSla(item: StackItem, ha: boolean): { sla: number; basis: string } {
  if (item.role === 'database' && item.spec.kind === 'relational-db' && ha)
    return { sla: 99.95, basis: 'managed database with a standby in a second zone (RDS Multi-AZ 99.95 %)' };
  return { sla: item.spec.sla, basis: item.spec.slaBasis };
}

export const reliability = defineAction(
  {
    id: 'reliability',
    number: 5,
    title: 'Operational Excellence & Reliability Assessment',
    description:
      'Composite availability of the serving path, the error budget, RTO/RPO against the disaster-recovery tier, and single points of failure.',
  },
  (ctx) => {
    const stack = servingStack(ctx);
    const ha = databaseHa(ctx);
    const path = stack.filter((s) => (PATH_ROLES as readonly string[]).includes(s.role));
    const rows = path.map((s) => ({ s, ...pathSla(s, ha) }));
    const composite = rows.reduce((a, r) => a * (r.sla / 100), 1) * 100;
    const table = [
      ['Component', 'Role', 'SLA', 'Basis', 'Source'],
      ...rows.map((r) => [r.s.name, r.s.role, pct(r.sla), r.basis, r.s.source]),
      ['Serving path (product)', '', pct(composite, 3), 'components in series', ''],
    ];
    const findings: string[] = [];
    const assumptions: string[] = [
      'Components on the path fail independently; a cache or queue off the request path degrades service without taking it down.',
    ];
    const target = ctx.profile.availabilityTarget;
    const downtime = ((100 - composite) / 100) * MONTH_MINUTES;
    if (target) {
      const budget = ((100 - target.value) / 100) * MONTH_MINUTES;
      findings.push(
        `Target ${pct(target.value)} (${target.evidence[0]?.file ?? 'inputs'}:${target.evidence[0]?.line ?? '?'}) allows ${num(budget)} min of downtime a month; the path as designed is expected to lose up to ${num(downtime)} min.`,
      );
      findings.push(
        composite >= target.value
          ? `The composite ${pct(composite, 3)} meets the target.`
          : `The composite ${pct(composite, 3)} is below the target: remove a serial component or add redundancy to the weakest one (${rows.slice().sort((a, b) => a.sla - b.sla)[0]?.s.name}).`,
      );
    } else {
      findings.push(
        `No availability target is stated; the path as designed supports about ${pct(composite, 3)} (${num(downtime)} min of downtime a month). State a target so the error budget can be enforced.`,
      );
    }
    const tier = currentTier(ctx);
    const t = tier?.tier ?? drTiers()[0];
    if (!tier) assumptions.push('[ASSUMPTION] No DR tier decided yet; backup and restore assumed.');
    const rto = ctx.profile.rto;
    const rpo = ctx.profile.rpo;
    findings.push(
      `DR tier ${t.title}${tier ? ` (${tier.source})` : ''} recovers in about ${minutes(t.rtoMinutes)} with up to ${minutes(t.rpoMinutes)} of data loss.`,
    );
    if (rto)
      findings.push(
        t.rtoMinutes <= rto.minutes
          ? `Stated RTO ${rto.value} is met.`
          : `Stated RTO ${rto.value} is NOT met by ${t.title} (${minutes(t.rtoMinutes)}); ${drTiers().find((x) => x.rtoMinutes <= rto.minutes)?.title ?? 'active-active'} is the lowest tier that meets it.`,
      );
    if (rpo)
      findings.push(
        t.rpoMinutes <= rpo.minutes
          ? `Stated RPO ${rpo.value} is met.`
          : `Stated RPO ${rpo.value} is NOT met by ${t.title} (${minutes(t.rpoMinutes)}); point-in-time recovery or a replica is needed.`,
      );
    const spofs: string[] = [];
    for (const s of stack) {
      if (s.role === 'compute' && s.spec.singleInstance) spofs.push(`${s.name}: one instance serves all traffic`);
      if (s.role === 'database' && s.spec.kind === 'embedded-db') spofs.push(`${s.name}: embedded in one host`);
      else if (s.role === 'database' && s.spec.kind === 'relational-db' && !ha) spofs.push(`${s.name}: single instance without a standby`);
      if (s.role === 'cache' && s.spec.kind === 'cache') spofs.push(`${s.name}: one node (degrades latency when lost)`);
    }
    const regions = ctx.model?.regions.length ?? ctx.profile.regions.length;
    if (regions <= 1 && (target?.value ?? 0) >= 99.99)
      spofs.push('one region for a 99.99 % target: a regional outage exceeds the error budget');
    findings.push(
      spofs.length ? `Single points of failure: ${spofs.join('; ')}.` : 'No single point of failure found on the serving path.',
    );
    const summary = `Serving path availability ≈ ${pct(composite, 3)}${target ? ` against a ${pct(target.value)} target` : ''}; DR tier ${t.title}; ${spofs.length} single point${spofs.length === 1 ? '' : 's'} of failure.`;
    return { summary, table, findings, assumptions };
  },
);
