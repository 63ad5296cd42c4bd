// Small shared vocabulary for reviewer rules: technology families, evidence gathering and choice matching.
import { KindSet } from '../decide/profile-view.js';
import type { PointId } from '../decide/point-ids.js';
import type { Evidence } from '../types.js';
import type { RuleContext } from './rule-context.js';
import { kb } from '../knowledge/active.js';
import type { TechRecord, TechRole } from '../knowledge/types.js';

const techIds = (keep: (t: TechRecord) => boolean): string[] =>
  kb()
    .technologies()
    .filter(keep)
    .map((t) => t.id);
/** Kubernetes clusters, self-run or managed. */
export const k8sIds = () => techIds((t) => t.role === 'orchestrator');
/** Service meshes. */
export const meshIds = () => kb().withSlot('service-mesh');
/** Hosting platforms of every kind the catalogue knows (a user pack's PaaS included). */
export const PLATFORMS = new KindSet(['hyperscaler', 'paas', 'server-host', 'on-premises']);
/** Infrastructure-as-code tools. */
export const iacToolIds = () => kb().withSlot('iac');
const COMPUTE_ROLES: TechRole[] = ['function', 'container', 'orchestrator', 'paas', 'vm', 'edge-compute'];
/** Ids that name infrastructure (as opposed to languages or frameworks), for skill comparisons. */
export const INFRA_IDS = {
  has: (id: string): boolean => {
    const t = kb().tech(id);
    return PLATFORMS.includes(id) || !!t?.slots.includes('iac') || (!!t?.role && COMPUTE_ROLES.includes(t.role)) || !!kb().soleProvider(id);
  },
};

/** Flattens evidence lists, skipping absent ones. */
export function facts(...lists: (Evidence[] | null | undefined)[]): Evidence[] {
  return lists.flatMap((l) => l ?? []);
}

/** Evidence that the team size is what it is. */
export function teamFacts(ctx: RuleContext): Evidence[] {
  return ctx.profile.team.size?.evidence ?? [];
}

/** Evidence of a committed technology in the profile. */
export function techFacts(ctx: RuleContext, ...ids: string[]): Evidence[] {
  return ids.flatMap((id) => ctx.v.committed(id) ?? []);
}

/** The decision's option id and the model's text for the same thing, lower-cased and joined, for pattern tests. */
export function choiceText(ctx: RuleContext, pointId: PointId, modelValue?: string | null): string {
  return `${ctx.choice(pointId) ?? ''} ${modelValue ?? ''}`.toLowerCase().trim();
}

/** True when a stated skill covers a technology: the id itself, its provider, or its family. */
export function skillCovers(skills: string[], tech: string): boolean {
  if (skills.includes(tech)) return true;
  const provider = kb().soleProvider(tech);
  if (provider && skills.includes(provider)) return true;
  if (k8sIds().includes(tech) && skills.some((s) => k8sIds().includes(s) || s === 'helm')) return true;
  if (tech === 'docker-compose' && skills.includes('docker')) return true;
  if ((tech === 'opentofu' && skills.includes('terraform')) || (tech === 'terraform' && skills.includes('opentofu'))) return true;
  return false;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The primary database runs on servers, VMs or a Kubernetes operator the team operates. */
export function selfHostedDatabase(ctx: RuleContext): boolean {
  const hosting = ctx.decisions.get('data.database-hosting');
  if (hosting) return hosting.attributes?.hosting === 'self-hosted';
  return ctx.family() === 'servers' || ctx.family() === 'on-prem';
}

/** Region ids the model invents when the inputs name none: their geography is unknown, not foreign. */
export function isPlaceholderRegion(id: string): boolean {
  return /^(primary|secondary|backup)-region$/.test(id);
}
