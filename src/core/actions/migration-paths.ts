// Action 7: what each component moves to at which scale threshold, and what each move costs.
import { defineAction } from './action.js';
import { INSTANCE_RPS } from './component-kb.js';
import { num, usd } from './format.js';
import { baseLoad, LOAD, loadAssumptions, monthlyRequests, populationAt, type Load } from './load-model.js';
import { priceTable } from './prices.js';
import { servingStack, stackItem, type StackItem } from './serving-stack.js';

interface Move {
  component: string;
  to: string;
  /** The peak request rate at which the move is due, or null when the trigger is not a rate. */
  atRps: number | null;
  trigger: string;
  effort: 'S (≤2 engineer-weeks)' | 'M (2–6 engineer-weeks)' | 'L (6+ engineer-weeks)';
  runCost: string;
}

/** Queries each request makes on average, for database throughput thresholds. */
const QUERIES_PER_REQUEST = 5;
/** Simple queries per second one primary handles comfortably (4 vCPU PostgreSQL/MySQL). */
const PRIMARY_QPS = 5000;

function functionsCost(rps: number): number {
  const P = priceTable();
  return (monthlyRequests(rps) / 1e6) * P.functionPerMillion;
}

function containersCost(rps: number): number {
  const P = priceTable();
  return Math.max(2, Math.ceil(rps / INSTANCE_RPS)) * P.hyperscalerInstance + P.loadBalancer;
}

/** The smallest peak rate (to 1 request/s) at which always-on containers undercut functions. */
export function functionBreakEvenRps(): number {
  let r = 1;
  while (r < 1e6 && functionsCost(r) <= containersCost(r)) r = Math.ceil(r * 1.05);
  return r;
}

function computeMoves(c: StackItem): Move[] {
  const P = priceTable();
  const k = c.spec.kind;
  if (k === 'vm')
    return [
      {
        component: c.name,
        to: 'two or more instances behind a load balancer, or a managed container service',
        atRps: INSTANCE_RPS,
        trigger: `peak above one instance (~${INSTANCE_RPS} requests/s) or an availability target of 99.9 % or more`,
        effort: 'M (2–6 engineer-weeks)',
        runCost: `+${usd(P.loadBalancer + P.hyperscalerInstance)}/month (balancer + second instance)`,
      },
    ];
  if (k === 'function') {
    const be = functionBreakEvenRps();
    const moves: Move[] = [
      {
        component: c.name,
        to: 'containers (ECS/Fargate, Cloud Run or equivalent) for the steady traffic',
        atRps: be,
        trigger: `functions cost more than always-on containers (${usd(functionsCost(be))} vs ${usd(containersCost(be))}/month)`,
        effort: 'M (2–6 engineer-weeks)',
        runCost: 'lower from this point on; grows stepwise with instances',
      },
    ];
    if (c.spec.concurrency)
      moves.push({
        component: c.name,
        to: 'a raised concurrency quota (support request) and reserved concurrency per function',
        atRps: c.spec.concurrency.value / LOAD.requestSeconds,
        trigger: c.spec.concurrency.what,
        effort: 'S (≤2 engineer-weeks)',
        runCost: 'none',
      });
    return moves;
  }
  if (k === 'container-service' || k === 'paas')
    return [
      {
        component: c.name,
        to: 'Kubernetes, once many services need shared scheduling and policies',
        atRps: 50 * INSTANCE_RPS,
        trigger: 'about 50 instances (or 20+ services)',
        effort: 'L (6+ engineer-weeks)',
        runCost: `+${usd(P.kubernetesControlPlane)}/month control plane and a platform engineer's time`,
      },
    ];
  if (k === 'kubernetes')
    return [
      {
        component: c.name,
        to: 'a second cluster in another region (active-passive)',
        atRps: null,
        trigger: 'an availability target of 99.99 % or users on another continent',
        effort: 'L (6+ engineer-weeks)',
        runCost: 'roughly doubles the compute bill',
      },
    ];
  return [
    {
      component: c.name,
      to: 'regional containers for CPU-heavy or long-running work',
      atRps: null,
      trigger: "requests that exceed the platform's CPU-time or duration limits",
      effort: 'M (2–6 engineer-weeks)',
      runCost: `+${usd(P.hyperscalerInstance * 2)}/month for two instances`,
    },
  ];
}

function dataMoves(db: StackItem | undefined, cache: StackItem | undefined, compute: StackItem): Move[] {
  const P = priceTable();
  const out: Move[] = [];
  const serverless = compute.spec.kind === 'function' || compute.spec.kind === 'edge-function';
  if (db?.spec.kind === 'embedded-db')
    out.push({
      component: db.name,
      to: 'PostgreSQL (managed)',
      atRps: INSTANCE_RPS,
      trigger: 'a second application instance needs to write',
      effort: 'M (2–6 engineer-weeks)',
      runCost: `+${usd(P.managedDatabase)}/month`,
    });
  if (db?.spec.kind === 'relational-db') {
    if (db.spec.maxConnections) {
      const perRps = serverless ? LOAD.requestSeconds : LOAD.poolPerInstance / INSTANCE_RPS;
      out.push({
        component: db.name,
        to: 'a connection pooler (PgBouncer, RDS Proxy, Supavisor)',
        atRps: db.spec.maxConnections.value / perRps,
        trigger: `connections reach ${db.spec.maxConnections.what}`,
        effort: 'S (≤2 engineer-weeks)',
        runCost: '+$0–25/month',
      });
    }
    out.push({
      component: db.name,
      to: 'read replicas for read-heavy paths',
      atRps: PRIMARY_QPS / QUERIES_PER_REQUEST,
      trigger: `about ${num(PRIMARY_QPS)} queries/s on the primary (${QUERIES_PER_REQUEST} per request)`,
      effort: 'M (2–6 engineer-weeks)',
      runCost: `+${usd(P.managedDatabase)}/month per replica`,
    });
    out.push({
      component: db.name,
      to: 'partitioning or a distributed SQL engine',
      atRps: (PRIMARY_QPS * 10) / QUERIES_PER_REQUEST,
      trigger: 'writes beyond one primary even after vertical scaling',
      effort: 'L (6+ engineer-weeks)',
      runCost: 'several times the database bill',
    });
  }
  if (db?.spec.kind === 'nosql-db')
    out.push({
      component: db.name,
      to: 'provisioned capacity with auto-scaling',
      atRps: 200 / ((P.nosqlPerMillion * monthlyRequests(1)) / 1e6),
      trigger: 'on-demand requests cost over $200/month; provisioned is cheaper for steady load',
      effort: 'S (≤2 engineer-weeks)',
      runCost: 'about half the request bill',
    });
  if (!cache)
    out.push({
      component: 'no cache',
      to: 'a managed cache for hot reads and sessions',
      atRps: 500,
      trigger: 'about 500 requests/s, or repeated reads dominating database load',
      effort: 'S (≤2 engineer-weeks)',
      runCost: `+${usd(P.cacheNode)}/month`,
    });
  return out;
}

function reachedAt(m: Move, load: Load): string {
  if (m.atRps === null) return 'not scale-driven';
  const x = m.atRps / load.peakRps;
  return x <= 1 ? 'already due' : `${num(x)}x (${populationAt(m.atRps, load)})`;
}

export const migrationPaths = defineAction(
  {
    id: 'migration-paths',
    number: 7,
    title: 'Future Technology & Migration Path Exploration',
    description: 'What each component moves to at which scale threshold, when the stated growth reaches it, and the cost of each move.',
  },
  (ctx) => {
    const load = baseLoad(ctx.profile);
    const stack = servingStack(ctx);
    const compute = stackItem(stack, 'compute')!;
    const moves = [...computeMoves(compute), ...dataMoves(stackItem(stack, 'database'), stackItem(stack, 'cache'), compute)];
    moves.sort((a, b) => (a.atRps ?? Infinity) - (b.atRps ?? Infinity));
    const table = [
      ['Component', 'Move to', 'Trigger', 'Peak requests/s', 'Reached at', 'Effort', 'Run-cost change'],
      ...moves.map((m) => [m.component, m.to, m.trigger, m.atRps === null ? '—' : num(m.atRps), reachedAt(m, load), m.effort, m.runCost]),
    ];
    const next = moves.find((m) => m.atRps !== null);
    const findings: string[] = [];
    if (next) findings.push(`Next move: ${next.component} → ${next.to}, due at ${reachedAt(next, load)}.`);
    const due = moves.filter((m) => m.atRps !== null && m.atRps <= load.peakRps);
    if (due.length) findings.push(`Already due at today's stated load: ${due.map((m) => `${m.component} → ${m.to}`).join('; ')}.`);
    for (const m of ctx.profile.mentions.filter((x) => x.reason === 'future'))
      findings.push(`The inputs plan ${m.id} for later (${m.evidence[0]?.file}:${m.evidence[0]?.line}); fold it into this roadmap.`);
    const summary = `${moves.length} migration step${moves.length === 1 ? '' : 's'} mapped against ~${num(load.peakRps)} requests/s today${next ? `; the first is due at ${reachedAt(next, load)}` : ''}.`;
    return {
      summary,
      table,
      findings,
      assumptions: [
        ...loadAssumptions(load),
        `${QUERIES_PER_REQUEST} queries per request; one primary handles ~${num(PRIMARY_QPS)} queries/s.`,
      ],
    };
  },
);
