// Action 2: capacity at 1x, 10x and 100x the stated scale, and the component that breaks first.
import { DB_CLASSES, INSTANCE_RPS, rdsMaxConnections, type Limit } from './component-kb.js';
import { defineAction } from './action.js';
import { num } from './format.js';
import { baseLoad, LOAD, loadAssumptions, scaled, storageGrowthGb, type Load } from './load-model.js';
import { servingStack, stackItem, type StackItem } from './serving-stack.js';

export const FACTORS = [1, 10, 100];

/** One limit a component has, and the demand on it at a given request rate. */
interface Pressure {
  component: string;
  limit: Limit;
  demand: (rps: number) => number;
  unit: string;
}

function computeDemand(c: StackItem, rps: number): { instances: number; concurrency: number; text: string } {
  const s = c.spec;
  const concurrency = rps * LOAD.requestSeconds;
  if (s.kind === 'function' || s.kind === 'edge-function') {
    const perInst = s.perInstanceConcurrency;
    const instances = perInst
      ? Math.ceil(concurrency / perInst)
      : s.perInstanceRps
        ? Math.ceil(rps / s.perInstanceRps)
        : Math.ceil(concurrency);
    return { instances, concurrency, text: `${num(Math.ceil(concurrency))} concurrent executions` };
  }
  const byRps = Math.ceil(rps / (s.perInstanceRps ?? INSTANCE_RPS));
  const byConc = s.perInstanceConcurrency ? Math.ceil(concurrency / s.perInstanceConcurrency) : 0;
  const instances = Math.max(1, byRps, byConc);
  return { instances, concurrency, text: `${num(instances)} instance${instances === 1 ? '' : 's'}` };
}

function dbConnections(compute: StackItem, rps: number): number {
  const d = computeDemand(compute, rps);
  const serverless = compute.spec.kind === 'function' || compute.spec.kind === 'edge-function';
  // Each function execution opens its own connection unless a proxy pools them.
  return serverless ? Math.ceil(d.concurrency) : d.instances * LOAD.poolPerInstance;
}

function pressures(stack: StackItem[]): Pressure[] {
  const out: Pressure[] = [];
  const compute = stackItem(stack, 'compute')!;
  const s = compute.spec;
  if (s.concurrency)
    out.push({ component: compute.name, limit: s.concurrency, demand: (r) => r * LOAD.requestSeconds, unit: 'concurrent executions' });
  if (s.maxInstances)
    out.push({ component: compute.name, limit: s.maxInstances, demand: (r) => computeDemand(compute, r).instances, unit: 'instances' });
  if (s.singleInstance)
    out.push({
      component: compute.name,
      limit: {
        value: s.perInstanceRps ?? INSTANCE_RPS,
        what: `one instance without a load balancer (~${num(s.perInstanceRps ?? INSTANCE_RPS)} requests/s)`,
      },
      demand: (r) => r,
      unit: 'requests/s',
    });
  const db = stackItem(stack, 'database');
  if (db?.spec.maxConnections)
    out.push({ component: db.name, limit: db.spec.maxConnections, demand: (r) => dbConnections(compute, r), unit: 'connections' });
  if (db?.spec.throughput)
    out.push({ component: db.name, limit: db.spec.throughput, demand: (r) => r * (1 - LOAD.writeShare), unit: 'reads/s' });
  if (db?.spec.kind === 'embedded-db')
    out.push({
      component: db.name,
      limit: { value: 1, what: 'an embedded database has one writer process' },
      demand: (r) => computeDemand(compute, r).instances,
      unit: 'writer instances',
    });
  const gw = stackItem(stack, 'gateway');
  if (gw?.spec.throughput) out.push({ component: gw.name, limit: gw.spec.throughput, demand: (r) => r, unit: 'requests/s' });
  const cache = stackItem(stack, 'cache');
  if (cache?.spec.throughput) out.push({ component: cache.name, limit: cache.spec.throughput, demand: (r) => r * 2, unit: 'operations/s' });
  return out;
}

/** The multiple of today's load at which a pressure reaches its limit (demand is linear in load, up to rounding). */
function breakingFactor(p: Pressure, load: Load): number {
  const at1 = p.demand(load.peakRps);
  if (at1 <= 0) return Infinity;
  // Search the rounding-exact point on a coarse-to-fine grid; cheap and deterministic.
  let lo = 0;
  let hi = Math.max(1, (p.limit.value / at1) * 2);
  while (p.demand(load.peakRps * hi) <= p.limit.value && hi < 1e9) hi *= 2;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (p.demand(load.peakRps * mid) > p.limit.value) hi = mid;
    else lo = mid;
  }
  return hi;
}

function dbClassFor(connections: number): string {
  const c = DB_CLASSES.find((k) => rdsMaxConnections(k.memoryGiB) >= connections);
  return c ? c.name : 'beyond one instance: pooler or read replicas';
}

export const stressTest = defineAction(
  {
    id: 'stress-test',
    number: 2,
    title: 'Scalability & Performance Stress Test',
    description:
      'Capacity at 1x, 10x and 100x the stated scale: users → requests/s → instances, connections and storage growth, and which component breaks first.',
  },
  (ctx) => {
    const load = baseLoad(ctx.profile);
    const stack = servingStack(ctx);
    const compute = stackItem(stack, 'compute')!;
    const db = stackItem(stack, 'database');
    const ps = pressures(stack);
    const table: string[][] = [
      [
        'Scale',
        'Peak concurrent users',
        'Requests/s (peak)',
        `Compute (${compute.name})`,
        'DB connections',
        'Storage growth GB/month',
        'Over a limit',
      ],
    ];
    for (const f of FACTORS) {
      const l = scaled(load, f);
      const over = ps
        .filter((p) => p.demand(l.peakRps) > p.limit.value)
        .map((p) => `${p.component}: ${num(p.demand(l.peakRps))} ${p.unit} > ${num(p.limit.value)}`);
      const conns = db && db.spec.kind !== 'nosql-db' && db.spec.kind !== 'baas' ? num(dbConnections(compute, l.peakRps)) : 'n/a';
      table.push([
        `${f}x`,
        num(l.peakConcurrent),
        num(l.peakRps),
        computeDemand(compute, l.peakRps).text,
        conns,
        num(storageGrowthGb(l.peakRps)),
        over.length ? over.join('; ') : 'none',
      ]);
    }
    const ranked = ps.map((p) => ({ p, at: breakingFactor(p, load) })).sort((a, b) => a.at - b.at);
    const findings: string[] = [];
    const first = ranked[0];
    if (first && Number.isFinite(first.at)) {
      const when =
        first.at <= 1
          ? "already at today's stated load"
          : `at about ${num(first.at)}x today's load (~${num(load.peakRps * first.at)} requests/s)`;
      findings.push(`First to break: ${first.p.component} — ${first.p.limit.what} — ${when}.`);
      for (const r of ranked.slice(1))
        if (Number.isFinite(r.at)) findings.push(`Next: ${r.p.component} (${r.p.limit.what}) at about ${num(r.at)}x.`);
    } else {
      findings.push(
        'No component in the serving path has a known hard limit within 100x of the stated load; cost, not capacity, is the constraint.',
      );
    }
    if (db && db.spec.maxConnections) {
      const need = dbConnections(compute, load.peakRps * 10);
      findings.push(
        `At 10x the database needs ${num(need)} connections: ${dbClassFor(need)} (RDS max_connections ≈ memory / 9.5 MB), or a connection pooler in front.`,
      );
    }
    if (compute.spec.kind === 'function' && db?.spec.kind === 'relational-db')
      findings.push(
        'Functions open one connection per concurrent execution; put a pooler (RDS Proxy, PgBouncer, Supavisor) between them and the database before scaling out.',
      );
    const summary = `${load.basis}. Today: ~${num(load.peakRps)} requests/s at peak on ${compute.name}${db ? ` and ${db.name}` : ''}. ${findings[0]}`;
    const assumptions = [...loadAssumptions(load), `One instance serves ~${num(INSTANCE_RPS)} requests/s at 70 % CPU.`];
    for (const s of stack)
      if (s.source === 'assumption') assumptions.push(`[ASSUMPTION] ${s.role}: ${s.name}; no decision or fact names it yet.`);
    return { summary, table, findings, assumptions };
  },
);
