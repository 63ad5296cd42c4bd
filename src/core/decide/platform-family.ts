// Groups the chosen platform into families so options can state what they need in one word.
import type { DecideContext, Signal } from './define-point.js';
import type { Evidence } from '../types.js';
import type { PointId } from './point-ids.js';
import type { Hit } from './profile-view.js';
import { kb } from '../knowledge/active.js';
import { isBackendAsAService } from '../model/tech-catalog.js';
import type { PlatformFamily, TechRecord } from '../knowledge/types.js';

const techIds = (keep: (t: TechRecord) => boolean): string[] =>
  kb()
    .technologies()
    .filter(keep)
    .map((t) => t.id);

/** The family a platform belongs to (kept as a type here so points name families the compiler checks). */
export type Family = PlatformFamily;

export const PRIMARY_PLATFORM = 'cloud.primary-platform';

/** The family of a platform id, answered by the catalogue's platform-family records. */
export function familyOf(platform: string | null): Family {
  return kb().familyOf(platform);
}

/** The family of the platform chosen by `cloud.primary-platform`. */
export function family(c: DecideContext): Family {
  return familyOf(c.chosen(PRIMARY_PLATFORM));
}

/** A family, or a group of them the catalogue answers when a run asks (`hyperscalerFamilies`). */
export type FamilyArg = Family | (() => Family[]);
const expand = (fs: FamilyArg[]): Family[] => fs.flatMap((f) => (typeof f === 'function' ? f() : [f]));

/** A `rejectIf` helper: the option only exists on the given families. */
export function onlyOn(...args: FamilyArg[]) {
  return (c: DecideContext): string | null => {
    const families = expand(args);
    const f = family(c);
    return f === 'unknown' || families.includes(f)
      ? null
      : `needs ${families.join(' or ')}, and the platform is ${c.chosen(PRIMARY_PLATFORM)}`;
  };
}

/** The hyperscaler families (their platforms' catalogue kind), for options that exist on any of them. */
export const hyperscalerFamilies = (): Family[] => kb().familiesOfKind('hyperscaler');

/** True when the inputs commit to a hyperscaler or to Kubernetes: private networking exists to design. */
export function hasPrivateNetwork(c: DecideContext): boolean {
  const f = family(c);
  return f === 'on-prem' || hyperscalerFamilies().includes(f);
}

/** Code-running services that belong to one platform (its runtimes, functions, containers and API gateways): where the inputs run code tells where they live. */
export function platformCompute(platform: string): string[] {
  return techIds((t) => (t.id === platform || t.provider === platform) && (t.slots.includes('runtime') || t.slots.includes('api-gateway')));
}

/** The chosen primary platform first, then every other platform the inputs commit to. */
export function platforms(c: DecideContext): string[] {
  const primary = c.chosen(PRIMARY_PLATFORM);
  return [...new Set([...(primary ? [primary] : []), ...c.v.clouds()])];
}

/** True when the primary platform or any committed platform is one of `ids`. */
export function onPlatform(c: DecideContext, ...ids: string[]): boolean {
  return platforms(c).some((p) => ids.includes(p));
}

/** The families of the primary platform and of every committed platform. */
export function families(c: DecideContext): Family[] {
  return [...new Set(platforms(c).map(familyOf))];
}

/** The provider a product lives on, read from its catalogue record (ECS → aws); a platform is its own provider. */
export const providerOfTech = (tech: string): string => kb().providerOf(tech) ?? tech;

/** A `rejectIf` helper for a provider's own product: the provider its catalogue record names must be chosen or committed. */
export function needsProviderOf(tech: string, ...alsoOn: string[]) {
  return (c: DecideContext): string | null => needsPlatform(providerOfTech(tech), ...alsoOn)(c);
}

/** A `rejectIf` helper like `onProvider`, with the provider read from the product's catalogue record. */
export function onProviderOf(tech: string) {
  return (c: DecideContext): string | null => onProvider(providerOfTech(tech))(c);
}

/** A `rejectIf` helper for a product of a given platform: that platform must be chosen or committed. */
export function needsPlatform(...ids: string[]) {
  return (c: DecideContext): string | null =>
    onPlatform(c, ...ids)
      ? null
      : `a service of ${ids.join(' or ')}, and the system runs on ${platforms(c).join(', ') || 'another platform'}`;
}

/** A `rejectIf` helper like `onlyOn`, but any committed platform of the family will do (multi-platform inputs). */
export function onlyOnAny(...args: FamilyArg[]) {
  return (c: DecideContext): string | null => {
    const wanted = expand(args);
    const fs = families(c);
    return fs.length === 0 || fs.includes('unknown') || fs.some((f) => wanted.includes(f))
      ? null
      : `needs ${wanted.join(' or ')}, and the system runs on ${platforms(c).join(', ')}`;
  };
}

// ---- Helpers for points that follow the platform and earlier choices (security, delivery, operations). ----

/** Evidence behind an earlier decision, re-cited by a later one that leans on it. */
function earlierEvidence(c: DecideContext, pointId: string): Evidence[] {
  const d = c.decisions.get(pointId);
  return d ? d.evidence.map((e) => ({ file: e.file, line: e.line, quote: `${pointId}: ${d.choiceTitle}` })) : [];
}

/** An earlier point chose one of `ids`: its evidence, or true when it was chosen without any. */
export function chose(c: DecideContext, pointId: PointId, ...ids: string[]): Hit | boolean {
  const got = c.chosen(pointId);
  if (!got || !ids.includes(got)) return null;
  const e = earlierEvidence(c, pointId);
  return e.length ? e : true;
}

/**
 * The platform belongs to one of `families` and that platform rests on evidence or a user pick.
 * An assumed platform does not push later choices: they stay revisable with it.
 */
export function settledOn(c: DecideContext, ...args: FamilyArg[]): Hit | boolean {
  const families = expand(args);
  if (!families.includes(family(c))) return null;
  const d = c.decisions.get(PRIMARY_PLATFORM);
  if (!d) return null;
  if (d.basis === 'user') return true;
  const e = earlierEvidence(c, PRIMARY_PLATFORM);
  return e.length ? e : null;
}

/**
 * A provider's own services are in scope when the inputs commit to that provider, the user picked it as the
 * platform, or the inputs name no hosting at all and the platform was chosen on evidence. Otherwise choosing
 * one would add a provider the inputs never asked for.
 */
export function providerInScope(c: DecideContext, ...providers: string[]): Hit | boolean {
  const hit = c.v.committedAny(...providers);
  if (hit) return hit;
  const d = c.decisions.get(PRIMARY_PLATFORM);
  if (!d || !providers.includes(d.choice)) return null;
  if (d.basis === 'user') return true;
  if (c.v.clouds().length === 0 && d.evidence.length > 0) return earlierEvidence(c, PRIMARY_PLATFORM);
  return null;
}

/** A `rejectIf` helper for provider-specific services (Secrets Manager, Key Vault, Cloud Build, …). */
export function onProvider(...providers: string[]) {
  return (c: DecideContext): string | null => {
    if (providerInScope(c, ...providers)) return null;
    const names = providers.map((p) => kb().name(p)).join(' or ');
    return `it is a ${names} service and the inputs do not commit to ${names}`;
  };
}

/** Technologies that ship container images: container services and engines, and PaaS that run long-lived services. */
// Packaging tools (Docker, Compose) come first: a Dockerfile is the most direct evidence that images are built.
export const containerIds = () => {
  const all = techIds((t) => t.role === 'container' || (t.kind === 'paas' && t.role === 'paas'));
  return [...all.filter((id) => kb().hasTrait(id, 'packaging')), ...all.filter((id) => !kb().hasTrait(id, 'packaging'))];
};
/** Functions and edge workers. */
export const functionIds = () => techIds((t) => t.role === 'function' || t.role === 'edge-compute');
const RUNTIME = 'compute.runtime';

/** The system ships container images (Kubernetes included). */
export function shipsContainers(c: DecideContext): Hit | boolean {
  return c.v.committedAny(...containerIds()) ?? onKubernetes(c) ?? chose(c, RUNTIME, ...containerIds());
}

/** The system is built from functions (FaaS, edge functions) rather than long-running servers. */
export function runsFunctions(c: DecideContext): Hit | boolean {
  return c.v.committedAny(...functionIds()) ?? c.v.style('serverless') ?? chose(c, RUNTIME, ...functionIds());
}

/** A rejectIf helper: the option needs Kubernetes. */
export function needsKubernetes(c: DecideContext): string | null {
  return onKubernetes(c) ? null : 'it needs Kubernetes, and neither the inputs nor the compute choice include it';
}

/** Ids whose commitment means the workloads run on Kubernetes: clusters and the tools that work only on one. */
export const kubernetesIds = () => techIds((t) => t.role === 'orchestrator' || !!t.traits?.includes('needs-kubernetes'));

/** Evidence that the inputs run on Kubernetes (a cluster, a managed control plane or its tooling). */
export function onKubernetes(c: DecideContext) {
  return c.v.committedAny(...kubernetesIds()) ?? (c.chosen('compute.runtime') === 'kubernetes' ? [] : null);
}

/** The compute.runtime option for a backend-as-a-service stack: no server code of the team's runs anywhere. */
export const BAAS_RUNTIME = 'backend-as-a-service';
/** Hosting platforms that are also the database (CloudKit, Firebase, Convex, Supabase): a backend as a service. */
export const baasPlatforms = () => techIds((t) => isBackendAsAService(t.id));
/** Runtimes that run code per request and keep no process alive between requests (and the BaaS option). */
export const functionRuntimes = () => [...techIds((t) => !!t.traits?.includes('per-request')), BAAS_RUNTIME];
/** Runtimes that can scale to nothing when idle. */
export const scaleToZeroRuntimes = () => [...techIds((t) => !!t.traits?.includes('scale-to-zero')), BAAS_RUNTIME];
/** Runtimes that pull container images from a registry. */
export const containerRuntimes = () => techIds((t) => t.role === 'container' || t.role === 'orchestrator');
/** Managed PaaS runtimes that build from the repository and run long-lived services. */
export const paasServiceRuntimes = () => techIds((t) => t.kind === 'paas' && t.role === 'paas');

/** The family of each committed or chosen platform includes one of `wanted`. */
export function onFamily(c: DecideContext, ...wanted: Family[]): boolean {
  return families(c).some((f) => wanted.includes(f));
}

/** A weight for provider-specific options when the inputs need the system on several platforms at once. */
export const LOCKED_TO_ONE_PROVIDER: Signal = {
  when: (c) => c.v.multiCloud(),
  weight: -3,
  because: 'the system must also run on the other platforms the inputs name',
};
