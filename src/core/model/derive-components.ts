// Compute units, data stores, external services and the flows between them.
import { storeZone } from './store-zone.js';
import type { ComputeRole, InfraModel, Profile } from '../types.js';
import type { Family } from '../decide/platform-family.js';
import type { PointId } from '../decide/point-ids.js';
import type { ModelContribution } from '../decide/define-point.js';
import type { Scaling } from '../decide/option-attributes.js';
import { POINTS } from '../decide/registry.js';
import { cleanExternalNames } from './external-service-names.js';
import type { DecisionLookup } from './decision-lookup.js';
import type { IdAllocator } from './model-ids.js';
import {
  hasTrait,
  isBackendAsAService,
  isExternalService,
  isStaticHostPlatform,
  isRecordStore,
  isStoreRole,
  platformDefault,
  runsOn,
  techInfo,
  techName,
  type TechRole,
} from './tech-catalog.js';

type Compute = InfraModel['compute'][number];
type Store = InfraModel['dataStores'][number];

export const USERS_ID = 'users';

// The points whose chosen component becomes a store or an external service say so themselves (PointMeta.contributes).
const contributing = (kind: ModelContribution): PointId[] => POINTS.filter((p) => p.meta.contributes === kind).map((p) => p.meta.id);
const STORE_POINTS = contributing('data-store');
const EXTERNAL_POINTS = contributing('external-service');

const scalingFor = (role: TechRole | undefined): string => {
  switch (role) {
    case 'function':
      return 'scales per request; reserved concurrency caps the blast radius';
    case 'container':
      return 'horizontal autoscaling on CPU and request rate, at least two instances in production';
    case 'orchestrator':
      return 'Horizontal Pod Autoscaler plus cluster autoscaler';
    case 'paas':
      return 'platform instance scaling, at least two instances in production';
    case 'vm':
      return 'sized vertically; scale out behind a load balancer when needed';
    case 'cdn':
    case 'static-host':
    case 'edge-compute':
      return 'served from the global edge; scales with the provider';
    case 'gateway':
      return 'managed by the provider; throttling limits set per route';
    default:
      return 'to be sized during implementation';
  }
};

/** Technologies that host the application's code rather than being a unit of it. */
const RUNTIME_PLATFORM_ROLES: ReadonlySet<TechRole> = new Set<TechRole>(['orchestrator', 'container', 'paas', 'vm']);

const KIND: Partial<Record<TechRole, Store['kind']>> = {
  relational: 'relational',
  document: 'document',
  cache: 'cache',
  object: 'object',
  queue: 'queue',
  search: 'search',
  vector: 'vector',
};

export interface Components {
  /** Apps and devices that call the system (a browser reaching the web front end is the `users` flow). */
  clients: NonNullable<InfraModel['clients']>;
  compute: Compute[];
  dataStores: Store[];
  externalServices: InfraModel['externalServices'];
  flows: InfraModel['flows'];
}

function frameworkName(profile: Profile, where: 'browser' | 'server'): string | null {
  const f = profile.frameworks.find((x) => runsOn(x.id, where));
  return f ? techName(f.id) : null;
}

export function deriveComponents(
  profile: Profile,
  l: DecisionLookup,
  ids: IdAllocator,
  platform: string,
  family: Family,
  providers: string[],
  /** The scaling decision: its words for the document and its typed mode. */
  decidedScaling: { title: string; mode?: Scaling } | null,
  assumptions: string[],
  /** Nothing is hosted (the model's `hosting.shipsOnly`): the code runs on users' machines. */
  shipped = false,
): Components {
  const compute: Compute[] = [];
  const usedTech = new Set<string>();
  const committedCompute = profile.compute.map((f) => f.id);
  const add = (
    name: string,
    tech: string,
    zone: string,
    role: ComputeRole,
    from: string[],
    scaling?: { title: string; mode?: Scaling },
  ) => {
    const unit: Compute = { id: ids.take(name), name, tech, zone, role, scaling: scaling?.title ?? scalingFor(techInfo(tech)?.role), from };
    if (scaling?.mode) unit.scalingMode = scaling.mode;
    compute.push(unit);
    usedTech.add(tech);
  };

  // Software others install with no backend the team runs: its code runs on users' machines, so no unit is hosted here.
  // Front end: a browser-facing framework is served from a static host or CDN.
  const fe = shipped ? null : frameworkName(profile, 'browser');
  if (fe || (!shipped && profile.architectureStyle?.value === 'jamstack')) {
    const host =
      [...committedCompute, ...providers].find(isStaticHostPlatform) ??
      committedCompute.find((x) => techInfo(x)?.role === 'cdn') ??
      platformDefault(platform, 'cdn-waf') ??
      platform;
    add(`Web front end${fe ? ` (${fe})` : ''}`, host, 'edge', 'frontend', ['profile:frameworks'], {
      title: 'static assets from the edge cache; server rendering scales with the host',
    });
  }

  // API or backend service: the runtime decision, else what the inputs commit to, else the platform's usual runtime.
  const be = frameworkName(profile, 'server');
  const backendCommitted = committedCompute.find(
    (x) => ['function', 'container', 'orchestrator', 'paas', 'vm'].includes(techInfo(x)?.role ?? '') && !usedTech.has(x),
  );
  let runtime = l.component('compute.runtime') ?? backendCommitted ?? null;
  const hasBackendSignal =
    !shipped && (!!runtime || !!be || profile.languages.some((x) => runsOn(x.id, 'server')) || profile.dataStores.length > 0);
  if (!runtime && hasBackendSignal && !isBackendAsAService(platform)) {
    // The platform's usual runtime (its record's defaults); a PaaS without one runs the code itself.
    runtime = platformDefault(platform, 'runtime') ?? (family === 'paas' ? platform : 'docker');
    assumptions.push(`No application runtime is named in the inputs; the backend is modelled on ${techName(runtime)}.`);
  }
  const gateway = committedCompute.find((x) => techInfo(x)?.role === 'gateway');
  if (gateway) add(techName(gateway), gateway, 'public', 'gateway', ['profile:compute']);
  if (runtime) {
    const from = l.get('compute.runtime') ? ['compute.runtime'] : ['profile:compute'];
    add(`Application API${be ? ` (${be})` : ''}`, runtime, 'private', 'api', from, decidedScaling ?? undefined);
  }

  // Everything else the inputs commit to keeps its place in the picture, apart from what the chosen runtime already is.
  for (const id of l.covers('compute.runtime')) usedTech.add(id);
  for (const x of committedCompute) {
    if (usedTech.has(x)) continue;
    const role = techInfo(x)?.role;
    if (role === 'cdn' || role === 'edge-compute' || role === 'static-host') add(techName(x), x, 'edge', 'edge', ['profile:compute']);
    else if (role === 'gateway') add(techName(x), x, 'public', 'gateway', ['profile:compute']);
    else if (hasTrait(x, 'packaging'))
      usedTech.add(x); // packaging, not a separate unit
    // A second place to run code (a cluster, a container service, a PaaS, VMs) beside the chosen runtime is not a unit of
    // its own: the runtime decision weighed it, and a unit named after a platform ("Kubernetes on Kubernetes") runs nothing.
    else if (runtime && role && RUNTIME_PLATFORM_ROLES.has(role)) usedTech.add(x);
    else if (role && !isStoreRole(role)) add(techName(x), x, 'private', 'service', ['profile:compute']);
  }

  // Data stores: the inputs' stores, then whatever the data decisions add.
  const dataStores: Store[] = [];
  const storeIds = new Set<string>();
  const baasHosted = providers.some(isBackendAsAService);
  const privateLinks = !!l.component('network.private-connectivity') && family !== 'paas';
  const hosting = l.get('data.database-hosting')?.choiceTitle ?? null;
  const hostingKind = l.attrs('data.database-hosting').hosting as string | undefined;
  const addStore = (tech: string, from: string[]) => {
    if (storeIds.has(tech) || (l.isNone('data.primary-database') && from[0] === 'data.primary-database')) return;
    const info = techInfo(tech);
    const kind = KIND[info?.role ?? 'other-store'] ?? 'other';
    const isPrimary = kind === 'relational' && !dataStores.some((d) => d.kind === 'relational');
    let name = techName(tech);
    // "PostgreSQL (Amazon RDS)", but "PostgreSQL on Amazon RDS (or Aurora)": brackets never nest in a name.
    if (isPrimary && hosting && !name.toLowerCase().includes(hosting.toLowerCase()))
      name = hosting.includes('(') ? `${name} on ${hosting}` : `${name} (${hosting})`;
    const durable = kind === 'relational' || kind === 'document' || kind === 'vector' || kind === 'search' || kind === 'other';
    const backup =
      kind === 'object'
        ? 'object versioning with lifecycle rules'
        : durable
          ? l.title('data.backup', 'automated daily backups with point-in-time recovery')
          : null;
    // Typed: the backup decision's attribute, else the default backup (daily with point-in-time recovery) for durable stores.
    const pointInTime = durable && (l.get('data.backup') ? l.attrs('data.backup').pointInTime === true : true);
    const publicEndpoint =
      !privateLinks && (!!info?.publicByDefault || (baasHosted && (kind === 'relational' || kind === 'object') && family === 'paas'));
    dataStores.push({
      id: ids.take(name),
      name,
      tech,
      zone: storeZone(tech, isPrimary ? hostingKind : undefined),
      kind,
      backup,
      ...(backup ? { pointInTime } : {}),
      encrypted: !l.isNone('security.encryption'),
      publicEndpoint,
      from,
    });
    storeIds.add(tech);
  };
  const hasPg = profile.dataStores.some((d) => d.id === 'postgresql');
  for (const d of profile.dataStores) {
    if (d.id === 'pgvector' && hasPg) continue; // an extension of the PostgreSQL store, not a store of its own
    // "S3-compatible storage" asks for an interface: the store a decision chose to answer it is the element, not the vendor.
    if (d.interfaceOnly && STORE_POINTS.some((p) => l.component(p) && l.component(p) !== d.id)) continue;
    addStore(d.id, ['profile:dataStores']);
  }
  // Optional stores (cache, queue) decide `none` when no fact needs them (PointMeta.needs), so nothing is drawn by default.
  for (const p of STORE_POINTS) {
    const c = l.component(p);
    if (c && (techInfo(c) || storeIds.size === 0)) addStore(c, [p]);
  }
  if (hasPg) {
    const pg = dataStores.find((d) => d.tech === 'postgresql');
    if (pg && profile.dataStores.some((d) => d.id === 'pgvector')) pg.name = `${pg.name} with pgvector`;
  }

  // Background work: a decided worker, or a queue that needs a consumer.
  const api = compute.find((c) => c.role === 'api');
  const jobs = l.component('compute.background-jobs');
  const queue = dataStores.find((d) => d.kind === 'queue');
  if (!l.isNone('compute.background-jobs') && (jobs || queue) && (api || jobs)) {
    const tech = jobs && techInfo(jobs) && !isStoreRole(techInfo(jobs)!.role) ? jobs : (api?.tech ?? jobs!);
    add(
      'Background worker',
      tech,
      'private',
      'worker',
      jobs ? ['compute.background-jobs'] : ['profile:dataStores'],
      decidedScaling ?? undefined,
    );
  }

  // External services the decisions bring in.
  const externalServices: InfraModel['externalServices'] = [];
  for (const p of EXTERNAL_POINTS) {
    const c = l.component(p);
    if (c && isExternalService(c) && !externalServices.some((e) => e.name === techName(c)))
      externalServices.push({ id: ids.take(techName(c)), name: techName(c) });
  }

  // Third-party APIs and SaaS the inputs name, under their own names, beside those the decisions bring in.
  const own = new Set([profile.cloudProviders, profile.compute, profile.dataStores].flatMap((list) => list.map((x) => x.id)));
  const listed = new Set(EXTERNAL_POINTS.map((p) => l.component(p)).filter((c): c is string => !!c));
  for (const name of cleanExternalNames(
    (profile.externalServices ?? []).map((e) => e.name),
    own,
    listed,
  ))
    if (!externalServices.some((x) => x.name.toLowerCase() === name.toLowerCase())) externalServices.push({ id: ids.take(name), name });
  const clients = (profile.clients ?? []).map((c) => ({ id: ids.take(c.name), name: c.name, kind: c.kind }));
  return { clients, compute, dataStores, externalServices, flows: deriveFlows(clients, compute, dataStores, externalServices) };
}

const STORE_LABEL: Record<Store['kind'], string> = {
  relational: 'SQL over TLS',
  document: 'reads and writes documents',
  cache: 'cache lookups',
  object: 'stores and fetches files',
  queue: 'publishes messages',
  search: 'indexes and queries',
  vector: 'similarity search',
  other: 'reads and writes',
};

function deriveFlows(
  clients: Components['clients'],
  compute: Compute[],
  stores: Store[],
  ext: InfraModel['externalServices'],
): InfraModel['flows'] {
  const flows: InfraModel['flows'] = [];
  const fe = compute.find((c) => c.role === 'frontend');
  const gw = compute.find((c) => c.role === 'gateway');
  const api = compute.find((c) => c.role === 'api');
  const edge = compute.filter((c) => c.role === 'edge');
  const worker = compute.find((c) => c.role === 'worker');
  const entry = edge[0] ?? fe ?? gw ?? api;
  // Installed apps and devices call the API (through the gateway where there is one), not the web front end.
  const appEntry = gw ?? api ?? entry;
  for (const c of clients) {
    if (c.kind !== 'device') flows.push({ from: USERS_ID, to: c.id, label: 'uses' });
    if (appEntry)
      flows.push({ from: c.id, to: appEntry.id, label: c.kind === 'device' ? 'sends telemetry over TLS' : 'API calls over HTTPS' });
  }
  if (entry && (fe || edge[0] || !clients.length)) flows.push({ from: USERS_ID, to: entry.id, label: 'HTTPS' });
  if (edge[0] && fe) flows.push({ from: edge[0].id, to: fe.id, label: 'cached pages and assets' });
  if (fe && (gw || api)) flows.push({ from: fe.id, to: (gw ?? api)!.id, label: 'API calls over HTTPS' });
  else if (edge[0] && !fe && (gw || api) && entry !== (gw ?? api))
    flows.push({ from: edge[0].id, to: (gw ?? api)!.id, label: 'forwards API requests' });
  if (gw && api) flows.push({ from: gw.id, to: api.id, label: 'authorised requests' });
  const caller = api ?? fe;
  for (const s of stores) {
    if (caller) flows.push({ from: caller.id, to: s.id, label: STORE_LABEL[s.kind] });
    if (s.kind === 'queue' && worker) flows.push({ from: s.id, to: worker.id, label: 'delivers jobs' });
  }
  const primary = stores.find(isRecordStore);
  if (worker && primary) flows.push({ from: worker.id, to: primary.id, label: 'writes results' });
  for (const c of compute.filter((x) => x.role === 'service'))
    if (caller && caller !== c) flows.push({ from: caller.id, to: c.id, label: 'invokes' });
  for (const e of ext) if (caller) flows.push({ from: caller.id, to: e.id, label: 'HTTPS API' });
  return flows;
}
