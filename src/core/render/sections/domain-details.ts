// The model facts that belong under each domain: zones, compute units, stores, controls, stages, targets, costs.
import type { RootContent } from 'mdast';
import type { DomainId, InfraModel, ModelRef } from '../../types.js';
import { addressPlan, capacityPlan, envSize, PLAN, productionSize } from '../../model/capacity-plan.js';
import type { RenderContext } from '../render-context.js';
import { techName } from '../../model/tech-catalog.js';
import { refName } from '../../model/model-ref.js';
import { drTierById, drTiers } from '../../actions/dr-tiers.js';
import { code, h, p, strong, table } from '../md.js';
import { isPlaceholderRegion, knownRegions, listOf, regionName } from '../facts.js';
import { zonesTable } from './zone-table.js';
import { kb } from '../../knowledge/active.js';
import { groupThousands } from '../../actions/format.js';

// Thousands separators by hand: toLocaleString builds a formatter on every call.
const money = (n: number) => {
  const whole = String(Math.round(n));
  return `$${whole.startsWith('-') ? `-${groupThousands(whole.slice(1))}` : groupThousands(whole)}`;
};
const minutes = (m: number) => (m >= 60 ? `${+(m / 60).toFixed(1)} h` : `${m} min`);

/** What the DR tier can deliver, [RTO, RPO] in minutes (the catalogue's figures): proposed when the inputs state no target. */
function tierFigures(tierId: string | undefined): [number, number] {
  const t = drTierById(tierId) ?? drTiers()[0];
  return [t.rtoMinutes, t.rpoMinutes];
}

function target(stated: number | null, tier: string, which: 1 | 2, m: InfraModel): string {
  if (stated !== null) return minutes(stated);
  const what =
    which === 1
      ? `restore ${listOf(m.dataStores.map((s) => s.name)) || 'the data'} and redeploy ${listOf(m.compute.map((u) => u.name)) || 'the system'}`
      : `writes to ${listOf(m.dataStores.filter((s) => s.kind !== 'cache').map((s) => s.name)) || 'the data'} since the last copy`;
  return `${minutes(tierFigures(m.dr.tierId)[which - 1])} proposed for ${tier.toLowerCase()} (${what}) [ASSUMPTION]: the inputs state no target; confirm it with the business owner`;
}

export function domainDetails(domain: DomainId, c: RenderContext): RootContent[] {
  const m = c.model;
  // Software others install: no server to encrypt, watch or configure per environment is the team's.
  const shipped = m.hosting?.shipsOnly ?? false;
  switch (domain) {
    case 'cloud':
      return m.platform.primary === 'unknown'
        ? [p('The hosting platform is still to be confirmed; the decisions above assume the runner-up where a platform matters.')]
        : [];
    case 'network':
      return [...zonesTable(c), ...addresses(c)];
    case 'compute':
      return [
        h(3, 'Compute units'),
        m.compute.length
          ? table(
              ['Unit', 'Runs on', 'Zone', 'Scaling'],
              m.compute.map((x) => [strong(x.name), techName(x.tech), x.zone, x.scaling]),
            )
          : p(
              !shipped && (m.dataStores.length || m.externalServices.length)
                ? 'No server-side compute: the product runs on the client and a managed backend service.'
                : 'No server-side compute: the product runs on its users’ machines.',
            ),
        ...sizing(c),
      ];
    case 'data':
      return [
        h(3, 'Data stores'),
        m.dataStores.length
          ? table(
              ['Store', 'Kind', 'Backup', 'Encrypted', 'Public endpoint'],
              m.dataStores.map((d) => [
                strong(d.name),
                d.kind,
                d.backup ?? ephemeral(d, m),
                d.encrypted ? 'yes' : 'no',
                d.publicEndpoint ? 'yes: restrict with keys, row-level security and network rules' : 'no',
              ]),
            )
          : p('No data store is named in the inputs.'),
      ];
    case 'security': {
      // The encryption and WAF decisions are read above (WAF under network); the line stays only for what no decision says.
      if (shipped) return [];
      const decidedHere = c.decisions.some((d) => d.id === 'security.encryption') && (!m.security.waf || 'point' in m.security.waf);
      if (decidedHere) return [];
      return [
        p(
          `Encryption: ${m.security.encryption}. Web application firewall: ${m.security.waf ? refName(m.security.waf, c.decisions) : 'none decided'}.`,
        ),
      ];
    }
    case 'observability': {
      if (shipped) return [];
      // A role a decision fills is in the table above; only what the platform supplies by default needs saying here.
      const roles: [string, ModelRef][] = [
        ['metrics', m.observability.metrics],
        ['logs', m.observability.logs],
        ['traces', m.observability.traces],
        ['alerts', m.observability.alerting],
      ];
      const byDefault = roles.filter(([, r]) => !('point' in r)).map(([what, r]) => `${refName(r, c.decisions)} (${what})`);
      return byDefault.length ? [p(`No decision above covers these; the platform's usual tooling stands in: ${listOf(byDefault)}.`)] : [];
    }
    case 'cicd':
      return m.pipelines.map((pl) =>
        p(strong(`${pl.name}:`), ` ${pl.stages.map((st) => (st.approval ? `${st.name} (after manual approval)` : st.name)).join(' → ')}.`),
      );
    case 'dr':
      return [
        h(3, 'Recovery targets'),
        table(
          ['Item', 'Value'],
          [
            ['RTO', target(m.dr.rtoMinutes, m.dr.tier, 1, m)],
            ['RPO', target(m.dr.rpoMinutes, m.dr.tier, 2, m)],
            ['Recovery region', recoveryRegion(m)],
          ],
        ),
      ];
    case 'cost': {
      const low = m.costLines.reduce((s, x) => s + x.monthlyLow, 0);
      const high = m.costLines.reduce((s, x) => s + x.monthlyHigh, 0);
      return [
        h(3, 'Estimated monthly cost'),
        table(
          ['Component', 'Low', 'High', 'Basis'],
          [
            ...m.costLines.map((x) => [x.item, money(x.monthlyLow), money(x.monthlyHigh), x.basis]),
            [
              strong('Total'),
              strong(money(low)),
              strong(money(high)),
              `${m.project} at USD list prices from the knowledge catalogue; not a quote`,
            ],
          ],
        ),
        ...cuts(m),
      ];
    }
    case 'environments':
      return [
        h(3, 'Environments'),
        table(
          ['Environment', 'Purpose', 'Runs', 'Isolation', 'Promotes to'],
          // The next environment by its name, as the first column writes it ("Staging", not the id "staging").
          m.environments.map((e) => [
            strong(e.name),
            e.purpose,
            runs(c, e),
            e.isolation,
            m.environments.find((x) => x.id === e.promotesTo)?.name ?? e.promotesTo ?? '—',
          ]),
        ),
        ...(shipped
          ? []
          : [
              p(
                `Configuration per environment: one ${m.iac ? `${techName(m.iac)} ` : ''}parameter file per environment for sizes and names, and environment variables for the application, with secret values read from ${refName(m.security.secrets, c.decisions)} at start.`,
              ),
            ]),
      ];
    default:
      return [];
  }
}

/** The recovery region, or what it must be while nobody has named it: another region of this platform (when it has regions) than the primary. */
function recoveryRegion(m: InfraModel): string {
  const r = m.dr.backupRegion;
  if (!r) return 'same region, other zones';
  if (!isPlaceholderRegion(r)) return regionName(r);
  const regional = kb()
    .regions()
    .some((x) => x.provider === m.platform.primary);
  const primary = knownRegions(m).primary[0];
  if (!regional && !primary) return regionName(r);
  // A geography named as the primary ("eu") is where the second region must also be, not a region to differ from.
  const area = primary
    ? kb()
        .regions()
        .find((x) => x.id === primary && !x.provider)
    : undefined;
  const where = area ? ` in ${area.geography}` : primary ? ` than ${primary}` : '';
  return `another ${regional ? `${techName(m.platform.primary)} ` : ''}region${where}, still to choose`;
}

/** A store with nothing to back up, and why: what a cache is rebuilt from, whom a queue's messages travel between. */
function ephemeral(d: InfraModel['dataStores'][number], m: InfraModel): string {
  const name = (id: string) => [...m.compute, ...m.dataStores].find((x) => x.id === id)?.name ?? id;
  const source = m.dataStores.find((x) => x.id !== d.id && x.backup)?.name;
  if (d.kind === 'cache') return `none: a cache, rebuilt from ${source ?? 'the source of truth'}`;
  const by = (dir: 'from' | 'to') =>
    listOf([...new Set(m.flows.filter((f) => f[dir === 'from' ? 'to' : 'from'] === d.id).map((f) => name(f[dir])))]);
  const senders = by('from');
  const receivers = by('to');
  if (d.kind === 'queue' && senders && receivers) return `none: messages in flight from ${senders} to ${receivers}`;
  return 'ephemeral (rebuilt from the source of truth)';
}

/** Instance counts per unit and environment: the model's capacity plan, which the cost lines are priced from. */
function sizing(c: RenderContext): RootContent[] {
  const plan = c.model.capacity ?? capacityPlan(c.profile, c.model.compute);
  if (!plan.units.length) return [];
  const basis = plan.peakRps
    ? `Peak about ${plan.peakRps} requests per second (${plan.basis}); one 1 vCPU / 2 GB instance serves about ${PLAN.requestsPerInstance}, production keeps ×${PLAN.headroom} headroom and at least ${PLAN.minProduction} instances across zones. Replace these planning figures with a load test.`
    : `The inputs state no load, so ${listOf(plan.units.map((u) => u.name))} start at ${PLAN.minProduction} instances across zones until a load test sets the upper limit.`;
  return [
    h(3, 'Sizing'),
    p(basis),
    table(
      ['Unit', 'Production', 'Staging', 'Development'],
      plan.units.map((u) => [strong(u.name), productionSize(u, plan.peakRps !== null), envSize(u.staging), envSize(u.development)]),
    ),
  ];
}

/** What an environment runs, from the capacity plan: production at its range, the shared copies at their size. */
function runs(c: RenderContext, e: InfraModel['environments'][number]): string {
  const m = c.model;
  const plan = m.capacity ?? capacityPlan(c.profile, m.compute);
  const names = listOf(m.compute.map((u) => u.name));
  if (!names) return '—';
  if (e.id === 'local' || e.id === 'preview') return `${names}${e.id === 'local' ? ' on a developer machine' : ', short-lived'}`;
  if (!plan.units.length) return names;
  if (e.promotesTo === null)
    return listOf(
      plan.units.map((u) => `${u.name} ${productionSize(u, plan.peakRps !== null).replace(/ until a load test sets the limit$/, '')}`),
    );
  const size = /dev/i.test(e.id) ? plan.units[0].development : plan.units[0].staging;
  return `${listOf(plan.units.map((u) => u.name))} at ${envSize(size)}`;
}

/** Over budget: the cuts that close the gap, largest saving first, each with its saving. */
function cuts(m: InfraModel): RootContent[] {
  if (!m.costCuts?.length) return [];
  return [
    p('Over the budget at the high estimate; these cuts close the gap, largest saving first:'),
    table(
      ['Cut', 'Saves a month'],
      m.costCuts.map((x) => [x.cut, money(x.savesMonthly)]),
    ),
  ];
}

const VNET_TOPOLOGIES = ['tiered-virtual-network', 'hub-and-spoke'];

/** Address ranges per environment when the design has a virtual network of its own. */
function addresses(c: RenderContext): RootContent[] {
  const topo = c.decisions.find((d) => d.id === 'network.topology');
  if (!topo || !VNET_TOPOLOGIES.includes(topo.choice)) return [];
  const plan = addressPlan(c.model);
  if (!plan.length) return [];
  return [
    h(3, 'Address plan'),
    p('One non-overlapping /16 per environment, so environments can be peered later; three zones each.'),
    table(
      ['Environment', 'Network', 'Public subnets', 'Private subnets', 'Data subnets'],
      plan.map((x) => [strong(x.environment), code(x.cidr), x.publicSubnets, x.privateSubnets, x.dataSubnets]),
    ),
  ];
}
