// Action 4: fixed and usage-based monthly cost at low, moderate and high usage, and what to change to save.
import { familyOf } from '../decide/platform-family.js';
import { defineAction } from './action.js';
import { INSTANCE_RPS } from './component-kb.js';
import { num, usd } from './format.js';
import { baseLoad, LOAD, loadAssumptions, monthlyRequests, scaled, storageGrowthGb } from './load-model.js';
import { COMMITMENT_DISCOUNT, OFF_HOURS_SAVING, priceBasis, priceTable } from './prices.js';
import { fromUsd, lowestBudget } from '../model/cost-budget.js';
import { primaryPlatform, servingStack, stackItem } from './serving-stack.js';

export const USAGE_LEVELS = [
  { name: 'Low', factor: 0.1 },
  { name: 'Moderate', factor: 1 },
  { name: 'High', factor: 10 },
];

export interface CostLine {
  item: string;
  kind: 'fixed' | 'usage';
  /** Monthly cost at each usage level, in the order of USAGE_LEVELS. */
  monthly: number[];
  basis: string;
}

export const costAnalysis = defineAction(
  {
    id: 'cost-analysis',
    number: 4,
    title: 'Cost Architecture Analysis & Optimization',
    description:
      'Fixed and usage-based monthly cost at low, moderate and high usage with the assumptions shown, and what to change to save.',
  },
  (ctx) => {
    const P = priceTable();
    const load = baseLoad(ctx.profile);
    const stack = servingStack(ctx);
    const fam = familyOf(primaryPlatform(ctx));
    const ha = (ctx.profile.availabilityTarget?.value ?? 0) >= 99.9;
    const levels = USAGE_LEVELS.map((u) => scaled(load, u.factor));
    const reqs = levels.map((l) => monthlyRequests(l.peakRps));
    const lines: CostLine[] = [];
    const each = (f: (i: number) => number) => levels.map((_, i) => f(i));

    const compute = stackItem(stack, 'compute')!;
    const k = compute.spec.kind;
    if (k === 'function')
      lines.push({
        item: `${compute.name} (requests + compute time)`,
        kind: 'usage',
        monthly: each((i) => (reqs[i] / 1e6) * P.functionPerMillion),
        basis: `$${P.functionPerMillion} per million requests (${LOAD.requestSeconds * 1000} ms at 512 MB)`,
      });
    else if (k === 'edge-function') {
      lines.push({ item: `${compute.name} plan`, kind: 'fixed', monthly: each(() => P.edgePlan), basis: 'base plan' });
      lines.push({
        item: `${compute.name} requests`,
        kind: 'usage',
        monthly: each((i) => (reqs[i] / 1e6) * P.edgePerMillion),
        basis: `$${P.edgePerMillion} per million requests`,
      });
    } else {
      const unit =
        fam === 'servers' || fam === 'on-prem' ? P.serverInstance : k === 'paas' || fam === 'paas' ? P.paasInstance : P.hyperscalerInstance;
      const minimum = ha && !compute.spec.singleInstance ? 2 : 1;
      const inst = levels.map((l) => Math.max(minimum, Math.ceil(l.peakRps / INSTANCE_RPS)));
      lines.push({
        item: `${compute.name} instances (${inst.map(num).join(' / ')})`,
        kind: 'fixed',
        monthly: each((i) => inst[i] * unit),
        basis: `$${unit} per instance, sized for peak at ${INSTANCE_RPS} requests/s each${minimum === 2 ? ', at least 2 for the availability target' : ''}`,
      });
      if (k === 'kubernetes')
        lines.push({
          item: 'Kubernetes control plane',
          kind: 'fixed',
          monthly: each(() => P.kubernetesControlPlane),
          basis: '$0.10 per hour',
        });
      if (k === 'paas' || fam === 'paas')
        lines.push({ item: 'Platform plan', kind: 'fixed', monthly: each(() => P.paasPlan), basis: 'plan fee' });
      else if ((fam !== 'servers' && fam !== 'on-prem') || inst.some((n) => n > 1))
        lines.push({ item: 'Load balancer', kind: 'fixed', monthly: each(() => P.loadBalancer), basis: 'base fee plus light usage' });
      if (ctx.decisions.some((d) => d.attributes?.charges?.includes('natGateway')))
        lines.push({
          item: 'NAT gateway (private subnets)',
          kind: 'fixed',
          monthly: each(() => P.natGateway),
          basis: 'one gateway, hourly fee',
        });
    }
    const gw = stackItem(stack, 'gateway');
    if (gw)
      lines.push({
        item: gw.name,
        kind: 'usage',
        monthly: each((i) => (reqs[i] / 1e6) * P.gatewayPerMillion),
        basis: `$${P.gatewayPerMillion} per million requests`,
      });

    const db = stackItem(stack, 'database');
    const storedGb = levels.map((l) => storageGrowthGb(l.peakRps) * 12);
    if (db?.spec.kind === 'relational-db') {
      const base = fam === 'servers' || fam === 'on-prem' ? P.serverDatabase : fam === 'paas' ? P.baasPlan : P.managedDatabase;
      lines.push({
        item: `${db.name}${ha ? ' (primary + standby)' : ''}`,
        kind: 'fixed',
        monthly: each(() => base * (ha ? 2 : 1)),
        basis: `$${base} per instance${ha ? ', doubled for a standby' : ''}`,
      });
      lines.push({
        item: `${db.name} storage after 12 months`,
        kind: 'usage',
        monthly: each((i) => storedGb[i] * P.databaseStorageGb),
        basis: `$${P.databaseStorageGb}/GB-month`,
      });
    } else if (db?.spec.kind === 'nosql-db') {
      lines.push({
        item: `${db.name} requests`,
        kind: 'usage',
        monthly: each((i) => (reqs[i] / 1e6) * P.nosqlPerMillion),
        basis: `$${P.nosqlPerMillion} per million requests (on demand)`,
      });
    } else if (db?.spec.kind === 'baas') {
      lines.push({ item: `${db.name} plan`, kind: 'fixed', monthly: each(() => P.baasPlan), basis: 'plan fee' });
    }
    if (stackItem(stack, 'cache'))
      lines.push({ item: 'Cache node', kind: 'fixed', monthly: each(() => P.cacheNode), basis: 'one small node' });
    const egressGb = reqs.map((r) => (r * LOAD.responseBytes) / 1e9);
    lines.push({
      item: 'Data transfer out',
      kind: 'usage',
      monthly: each((i) => egressGb[i] * P.egressGb),
      basis: `${LOAD.responseBytes / 1024} KB per response at $${P.egressGb}/GB`,
    });
    lines.push({
      item: 'Log ingestion',
      kind: 'usage',
      monthly: each((i) => ((reqs[i] * LOAD.logBytesPerRequest) / 1e9) * P.logIngestGb),
      basis: `${LOAD.logBytesPerRequest / 1024} KB per request at $${P.logIngestGb}/GB`,
    });

    const total = each((i) => lines.reduce((a, l) => a + l.monthly[i], 0));
    const fixed = each((i) => lines.filter((l) => l.kind === 'fixed').reduce((a, l) => a + l.monthly[i], 0));
    const table = [
      ['Item', 'Kind', ...USAGE_LEVELS.map((u) => `${u.name} (${u.factor}x)`), 'Basis'],
      ...lines.map((l) => [l.item, l.kind, ...l.monthly.map(usd), l.basis]),
      ['Total per month', '', ...total.map(usd), `${usd(fixed[1])} fixed at moderate usage`],
    ];

    const findings: string[] = [];
    const m = 1;
    const fixedCompute = lines.filter((l) => l.kind === 'fixed' && !/plan/i.test(l.item)).reduce((a, l) => a + l.monthly[m], 0);
    if (fam === 'aws' || fam === 'azure' || fam === 'gcp')
      findings.push(
        `A one-year commitment (savings plan / reserved capacity) on the always-on items saves about ${usd(fixedCompute * COMMITMENT_DISCOUNT)} a month at moderate usage (${COMMITMENT_DISCOUNT * 100} %).`,
      );
    if (k !== 'function' && k !== 'edge-function') {
      const asFunctions = (reqs[m] / 1e6) * P.functionPerMillion;
      const instCost = lines[0].monthly[m];
      if (asFunctions < instCost)
        findings.push(
          `At moderate usage the same requests on functions would cost ~${usd(asFunctions)} against ${usd(instCost)} for always-on instances; worth weighing while traffic is this low.`,
        );
    } else {
      const inst = Math.max(1, Math.ceil(levels[2].peakRps / INSTANCE_RPS)) * P.hyperscalerInstance;
      if (lines[0].monthly[2] > inst)
        findings.push(
          `At high usage functions cost ${usd(lines[0].monthly[2])} against ~${usd(inst)} for always-on containers; plan the move when sustained traffic gets there.`,
        );
    }
    findings.push(
      `Non-production copies sized at one instance and run ${12}h × 5 days save about ${Math.round(OFF_HOURS_SAVING * 100)} % of their compute hours.`,
    );
    const logs = lines.find((l) => l.item === 'Log ingestion')!;
    if (logs.monthly[2] > total[2] * 0.1)
      findings.push(`Logs reach ${usd(logs.monthly[2])} at high usage; sample debug logs and shorten retention.`);
    const budget = lowestBudget(ctx.profile);
    if (budget) {
      const inBudget = fromUsd(total[m], budget.currency);
      const verdict = inBudget === null ? 'to compare with' : inBudget <= budget.monthly ? 'within' : 'over';
      findings.unshift(
        `Moderate usage costs ${usd(total[m])} a month, ${verdict} the stated budget of ${budget.text} (${budget.evidence[0] ? `${budget.evidence[0].file}:${budget.evidence[0].line}` : 'inputs'}).`,
      );
    }
    for (const c of ctx.model?.costLines ?? [])
      findings.push(`Model estimate: ${c.item} ${usd(c.monthlyLow)}–${usd(c.monthlyHigh)} (${c.basis}).`);
    const summary = `About ${usd(total[0])} / ${usd(total[1])} / ${usd(total[2])} a month at low / moderate / high usage (${num(reqs[1] / 1e6)} million requests a month at moderate usage), of which ${usd(fixed[1])} is fixed.`;
    return { summary, table, findings, assumptions: [`Prices: ${priceBasis()}.`, ...loadAssumptions(load)] };
  },
);
