// Monthly cost lines for what the design has, priced from its capacity plan: instances × the catalogue's instance price,
// databases and caches per node, usage from the stated load; plus what the decisions chose to add (NAT, load balancer,
// WAF), each non-production environment at its own size and the standby region at what its tier keeps running.
import type { InfraModel, Profile } from '../types.js';
import { refName } from './model-ref.js';
import { kb } from '../knowledge/active.js';
import { familyOf, type Family } from '../decide/platform-family.js';
import type { PointId } from '../decide/point-ids.js';
import type { DecisionLookup } from './decision-lookup.js';
import { techInfo, techName } from './tech-catalog.js';
import { capacityPlan, envSize, type UnitSize } from './capacity-plan.js';
import { count, databasePrice, instancePrice, isHyperscalerFamily, price, usd, type Price } from './component-prices.js';
import { LOAD, SECONDS_PER_MONTH } from '../actions/load-model.js';
import { OFF_HOURS_SAVING } from '../actions/prices.js';

type CostLine = InfraModel['costLines'][number];
type Model = Omit<InfraModel, 'costLines'>;

/** Points whose chosen option may add a priced item of its own (its `charges` attribute). */
const CHARGING_POINTS: PointId[] = ['network.topology', 'network.ingress', 'network.waf'];
/** Usage lines quote the stated peak month; their low figure is a tenth of it. */
const LOW_USAGE = 0.1;
const MANAGED_K8S = ['eks', 'gke', 'aks'];

/** What the cost lines were built from, kept so the cuts can be priced from the same figures. */
export interface CostPlan {
  lines: CostLine[];
  /** Production compute and database, on demand (what a one-year commitment discounts). */
  committable: number;
  /** Per non-production environment: its name, high figure and the compute part of it. */
  nonProd: { name: string; high: number; compute: number; scheduled: boolean }[];
  /** The standby line's high figure and what a pilot light (data only) would cost instead; null without a standby. */
  standby: { tier: string; high: number; dataOnly: number } | null;
  family: Family;
}

interface Store {
  name: string;
  tech: string;
  kind: Model['dataStores'][number]['kind'];
}

export function deriveCosts(profile: Profile, model: Model, l: DecisionLookup): CostLine[] {
  return deriveCostPlan(profile, model, l).lines;
}

export function deriveCostPlan(profile: Profile, model: Model, l: DecisionLookup): CostPlan {
  const family = familyOf(model.platform.primary === 'unknown' ? null : model.platform.primary);
  const hyper = isHyperscalerFamily(family);
  const plan = model.capacity ?? capacityPlan(profile, model.compute);
  const monthly = plan.peakRps ? (plan.peakRps * SECONDS_PER_MONTH) / LOAD.peakToAverage : null;
  const gb = profile.scale.filter((s) => s.kind === 'data-volume-gb').reduce((m, s) => Math.max(m, s.value), 0) || null;
  const ha = (profile.availabilityTarget?.value ?? 0) >= 99.9 || l.attrs('cloud.region-strategy').regions === 'multi-zone';
  const inst = instancePrice(family);
  // Off the hyperscalers an instance is bought at the host's own entry price (the catalogue band's low end), when it has one.
  const unitPrice = (tech: string): Price | null => {
    if (!inst || hyper) return inst;
    for (const id of [tech, model.platform.primary]) {
      const b = kb().tech(id)?.price;
      if (b && b.low > 0) return { usd: b.low, cite: `${techName(id)} entry price, ${b.asOf}` };
    }
    return inst;
  };
  const lines: CostLine[] = [];
  let committable = 0;
  const push = (line: CostLine) => {
    if (line.monthlyHigh > 0 || line.monthlyLow > 0) lines.push(line);
  };

  // Compute: sized units by their instances, functions and edge workers by requests, front ends by their plan.
  let controlPlane = false;
  for (const c of model.compute) {
    const u = plan.units.find((x) => x.id === c.id);
    if (u) {
      const p = unitPrice(c.tech);
      if (!p) continue;
      const each = p.usd * u.vcpu;
      committable += u.production.max * each;
      push({
        item: c.name,
        monthlyLow: u.production.min * each,
        monthlyHigh: u.production.max * each,
        basis: `${range(u.production.min, u.production.max)} × ${u.vcpu} vCPU / ${u.memoryGb} GB on ${techName(c.tech)} at ${usd(each)} (${p.cite})`,
        from: [c.id],
      });
      if (MANAGED_K8S.includes(c.tech)) controlPlane = true;
      continue;
    }
    const role = techInfo(c.tech)?.role;
    if (role === 'function' && monthly) usage(c.name, monthly, price('functionPerMillion', 'functions per million requests'), [c.id]);
    else if (role === 'edge-compute' && monthly) {
      const plan = price('edgePlan', 'edge plan');
      const per = price('edgePerMillion', 'edge requests per million');
      push({
        item: c.name,
        monthlyLow: plan.usd,
        monthlyHigh: plan.usd + (monthly / 1e6) * per.usd,
        basis: `${usd(plan.usd)} plan plus ${count(monthly)} requests at ${usd(per.usd)} per million (${per.cite})`,
        from: [c.id],
      });
    } else band(c.name, c.tech, [c.id]);
  }
  if (controlPlane) {
    const cp = price('kubernetesControlPlane', 'managed control plane');
    push({
      item: 'Kubernetes control plane',
      monthlyLow: cp.usd,
      monthlyHigh: cp.usd,
      basis: `one cluster (${cp.cite})`,
      from: ['compute.runtime'],
    });
  }
  if (hyper && monthly && model.compute.some((c) => c.role === 'frontend' || c.role === 'edge' || techInfo(c.tech)?.role === 'cdn')) {
    const egressGb = (monthly * LOAD.responseBytes) / 1e9;
    const e = price('egressGb', 'data transfer out per GB');
    push({
      item: 'Data transfer out',
      monthlyLow: egressGb * e.usd * LOW_USAGE,
      monthlyHigh: egressGb * e.usd,
      basis: `${count(monthly)} responses a month at ${LOAD.responseBytes / 1024} KB: about ${count(egressGb)} GB at ${usd(e.usd)} (${e.cite})`,
      from: ['network.edge'],
    });
  }

  // Data stores: databases and caches by node (doubled across zones for the availability target), the rest by band.
  const storeCost = (d: Store, copies: number): { usd: number; basis: string } | null => {
    const t = kb().tech(d.tech);
    const hosted = t?.kind === 'paas' || t?.kind === 'global-saas';
    if (d.kind === 'relational' && !hosted) {
      const db = databasePrice(family);
      if (!db) return null;
      const storage = gb && hyper ? gb * kb().price('databaseStorageGb') * copies : 0;
      return {
        usd: db.usd * copies + storage,
        basis: `${copies === 2 ? 'primary and standby in two zones' : 'one instance'} at ${usd(db.usd)} (${db.cite})${storage ? ` plus ${gb} GB stored at ${usd(kb().price('databaseStorageGb'))}/GB` : ''}`,
      };
    }
    if (d.kind === 'cache' && hyper && !hosted) {
      const node = price('cacheNode', 'cache node');
      return {
        usd: node.usd * copies,
        basis: `${copies === 2 ? 'two nodes across zones' : 'one node'} at ${usd(node.usd)} (${node.cite})`,
      };
    }
    return null;
  };
  for (const d of model.dataStores) {
    const sized = storeCost(d, ha ? 2 : 1);
    if (sized) {
      if (d.kind === 'relational') committable += sized.usd;
      push({ item: d.name, monthlyLow: sized.usd, monthlyHigh: sized.usd, basis: sized.basis, from: [d.id] });
    } else if (d.kind === 'document' && hyper && monthly && kb().tech(d.tech)?.kind === 'managed-service')
      usage(d.name, monthly, price('nosqlPerMillion', 'on-demand requests per million'), [d.id]);
    else band(d.name, d.tech, [d.id]);
  }

  // What each charge serves here: the network's private units reach out through it; the entry and its filter front the units users reach.
  const privateUnits = model.compute.filter((x) => x.zone === 'private').map((x) => x.name);
  const entryUnits = model.compute
    .filter(
      (x) =>
        x.zone !== 'edge' &&
        model.flows.some((f) => f.to === x.id && (f.from === 'users' || model.compute.some((e) => e.id === f.from && e.zone === 'edge'))),
    )
    .map((x) => x.name);
  const servedBy = (point: PointId) => {
    const edgeUnits = point === 'network.waf' ? model.compute.filter((x) => x.zone === 'edge').map((x) => x.name) : [];
    const units = point === 'network.topology' ? privateUnits : [...edgeUnits, ...entryUnits];
    return units.length ? `, for ${names(units)}` : '';
  };
  // What the decisions chose to add, each once: private subnets' NAT, a load balancer, a WAF policy.
  const charges: { name: string; low: number; high: number }[] = [];
  for (const point of CHARGING_POINTS) {
    if (l.isNone(point)) continue;
    for (const name of l.attrs(point).charges ?? []) {
      if (charges.some((x) => x.name === name)) continue;
      const p = kb().unitPrice(name);
      charges.push({ name, low: p.usd, high: p.high ?? p.usd });
      push({
        item: p.label ?? name,
        monthlyLow: p.usd,
        monthlyHigh: p.high ?? p.usd,
        basis: `${l.title(point, point)}: ${p.unit}${servedBy(point)} (list price ${p.asOf})`,
        from: [point],
      });
    }
  }
  // Logs are costed only where a logging decision keeps them (a shipped product without a backend has none to ship).
  const logging = !!l.get('observability.logging') && !l.isNone('observability.logging');
  if (logging && monthly) {
    const logGb = (monthly * LOAD.logBytesPerRequest) / 1e9;
    const lp = price('logIngestGb', 'log ingestion per GB');
    push({
      item: `Logs (${refName(model.observability.logs, l.all())})`,
      monthlyLow: logGb * lp.usd * LOW_USAGE,
      monthlyHigh: logGb * lp.usd,
      basis: `about ${count(logGb)} GB a month at ${LOAD.logBytesPerRequest / 1024} KB per request, ${usd(lp.usd)}/GB (${lp.cite})`,
      from: ['observability.logging'],
    });
  } else if (logging) {
    const obs = kb().unitPrice('observabilityBeyondFree');
    push({
      item: `Logs (${refName(model.observability.logs, l.all())})`,
      monthlyLow: obs.usd,
      monthlyHigh: obs.high ?? obs.usd,
      basis: `no load stated: ${obs.unit}`,
      from: ['observability.logging'],
    });
  }
  const tool = model.pipelines[0]?.tool;
  if (tool) {
    const ci = kb().unitPrice('ciMinutesBeyondFree');
    const built = model.compute.map((c) => c.name);
    push({
      item: `CI/CD minutes (${techName(tool)})`,
      monthlyLow: ci.usd,
      monthlyHigh: ci.high ?? ci.usd,
      basis: `${built.length ? `builds of ${names(built)}` : 'builds'} beyond the free allowance (list price ${ci.asOf})`,
      from: ['cicd.pipeline-platform'],
    });
  }

  // Each shared non-production environment at its own size: one instance per unit, single databases, its own network.
  const scheduled = l.attrs('cost.non-prod-savings').scaling === 'scheduled';
  const nonProd: CostPlan['nonProd'] = [];
  const envs = model.environments.filter((e) => e.id !== 'local' && e.id !== 'preview' && e.promotesTo !== null);
  for (const e of envs) {
    const size = (u: UnitSize) => (/dev/i.test(e.id) ? u.development : u.staging);
    const compute = plan.units.reduce(
      (s, u) => s + size(u).count * size(u).vcpu * (unitPrice(model.compute.find((c) => c.id === u.id)?.tech ?? '')?.usd ?? 0),
      0,
    );
    const stores = model.dataStores.reduce((s, d) => s + (storeCost(d, 1)?.usd ?? techInfo(d.tech)?.price?.low ?? 0), 0);
    const network = charges.reduce((s, c) => s + c.low, 0);
    const high = compute + stores + network;
    nonProd.push({ name: e.name, high, compute, scheduled });
    const sizes = plan.units.length
      ? `${names(plan.units.map((u) => u.name))} at ${envSize(size(plan.units[0]))}`
      : 'the managed services at entry tier';
    const single = model.dataStores.filter((d) => storeCost(d, 1)).map((d) => d.name);
    push({
      item: `${e.name} environment`,
      monthlyLow: scheduled ? high - compute * OFF_HOURS_SAVING : high,
      monthlyHigh: high,
      basis: [
        sizes,
        single.length ? `single-zone ${names(single)}` : null,
        network ? `its own ${names(charges.map((c) => lowerFirst(kb().unitPrice(c.name).label ?? c.name)))}` : null,
        scheduled ? 'compute stopped out of hours in the low figure' : null,
      ]
        .filter(Boolean)
        .join('; '),
      from: [e.id, 'environments.layout', 'cost.non-prod-savings'],
    });
  }

  // A standby region costs only what its tier keeps running there.
  const tier = l.attrs('dr.strategy-tier').tier;
  const secondary = model.regions.find((r) => r.role === 'secondary');
  let standby: CostPlan['standby'] = null;
  if (secondary && tier && tier !== 'backup-restore' && tier !== 'none') {
    const data = model.dataStores.reduce((s, d) => s + (d.kind === 'relational' ? (storeCost(d, 1)?.usd ?? 0) : 0), 0);
    const prod = lines.reduce((s, x) => s + (x.from?.some((f) => f.includes('.')) ? 0 : x.monthlyHigh), 0);
    const warm =
      data +
      plan.units.reduce((s, u) => s + (unitPrice(model.compute.find((c) => c.id === u.id)?.tech ?? '')?.usd ?? 0), 0) +
      model.dataStores.reduce((s, d) => s + (d.kind === 'cache' ? (storeCost(d, 1)?.usd ?? 0) : 0), 0) +
      charges.filter((c) => c.name !== 'webAcl').reduce((s, c) => s + c.low, 0);
    const high = tier === 'pilot-light' ? data : tier === 'active-active' ? prod : warm;
    standby = { tier, high, dataOnly: data };
    const what =
      tier === 'pilot-light'
        ? 'database replicas only; compute starts on failover'
        : tier === 'active-active'
          ? 'a second full copy of the components serving traffic'
          : `${plan.units.length ? 'one instance per unit, ' : ''}database replicas${model.dataStores.some((d) => d.kind === 'cache') ? ', one cache node' : ''}${charges.length ? ' and the network charges' : ''}`;
    push({
      item: `Standby in ${secondary.id}`,
      monthlyLow: high,
      monthlyHigh: high,
      basis: `${kb().drTier(tier)?.name ?? tier}: ${what}`,
      from: ['dr.strategy-tier'],
    });
  }
  return { lines: lines.map(round), committable, nonProd, standby, family };

  function usage(item: string, requests: number, p: Price, from: string[]) {
    const high = (requests / 1e6) * p.usd;
    push({
      item,
      monthlyLow: high * LOW_USAGE,
      monthlyHigh: high,
      basis: `${count(requests)} requests a month at ${usd(p.usd)} per million (${p.cite})`,
      from,
    });
  }

  function band(item: string, tech: string, from: string[]) {
    const t = kb().tech(tech);
    const users = model.dataStores.some((d) => d.id === from[0]) ? usersOf(model, from[0]) : '';
    const b = techInfo(tech)?.price;
    if (b && b.low === 0 && b.high === 0) return;
    if (!b) {
      const p = kb().unitPrice('unlistedComponent');
      push({
        item,
        monthlyLow: p.usd,
        monthlyHigh: p.high ?? p.usd,
        basis: `no list price in the catalogue for ${techName(tech)}: placeholder`,
        from,
      });
      return;
    }
    push({
      item,
      monthlyLow: b.low,
      monthlyHigh: b.high,
      basis: `${techName(tech)} entry tier, usage-priced${users ? ` for ${users}` : ''} (catalogue band${t?.price?.asOf ? `, ${t.price.asOf}` : ''})`,
      from,
    });
  }
}

/** The units that read or write a store, from the model's flows: "Application API and Background worker". */
function usersOf(model: Model, id: string | undefined): string {
  const ids = new Set(model.flows.filter((f) => f.to === id || f.from === id).flatMap((f) => [f.from, f.to]));
  return names(model.compute.filter((c) => c.id !== id && ids.has(c.id)).map((c) => c.name));
}

/** "Load balancer" → "load balancer" inside a sentence; "NAT gateway" keeps its acronym. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const names = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(''));
const range = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
const round = (x: CostLine): CostLine => ({ ...x, monthlyLow: Math.round(x.monthlyLow), monthlyHigh: Math.round(x.monthlyHigh) });
