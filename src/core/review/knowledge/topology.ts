// Rough ceilings a topology can reach: the availability it can sustain and the RTO/RPO its DR tier delivers.
import type { RuleContext } from '../rule-context.js';
import { isRecordStore } from '../../model/tech-catalog.js';
import { selfHostedDatabase } from '../rule-helpers.js';
import { kb } from '../../knowledge/active.js';

export interface Ceiling {
  /** Best availability the topology can sustain month over month, in percent. */
  percent: number;
  /** Why, in words, for the concern message. */
  because: string;
  /** Model element ids the ceiling rests on. */
  elements: string[];
}

function secondaryRegion(ctx: RuleContext): string | null {
  return ctx.model.regions.find((r) => r.role === 'secondary')?.id ?? null;
}

/** Monthly downtime a target allows, in minutes (30-day month). */
export function allowedDowntime(percent: number): number {
  return ((100 - percent) / 100) * 43200;
}

export function availabilityCeiling(ctx: RuleContext): Ceiling {
  const m = ctx.model;
  const fam = ctx.family();
  const tier = drTier(ctx);
  const computeIds = m.compute.map((c) => c.id);
  const dbIds = m.dataStores.filter(isRecordStore).map((d) => d.id);
  const allSingle = m.compute.length > 0 && m.compute.every((c) => c.scalingMode === 'fixed');
  const layout = ctx.attrs('cloud.region-strategy').regions;
  if (secondaryRegion(ctx) && (tier === 'warm-standby' || tier === 'active-active')) {
    return {
      percent: 99.99,
      because: `a second region (${secondaryRegion(ctx)}) runs a ${tier} copy`,
      elements: m.regions.map((r) => r.id),
    };
  }
  if (fam === 'servers' || fam === 'on-prem') {
    if (allSingle || m.compute.length <= 1) {
      return {
        percent: 99.5,
        because: 'everything runs on a single server or VM, so every patch, reboot or host failure is downtime',
        elements: [...computeIds, ...dbIds],
      };
    }
    return { percent: 99.9, because: 'self-operated servers without a second site', elements: computeIds };
  }
  if (selfHostedDatabase(ctx) && dbIds.length) {
    return { percent: 99.9, because: 'the database is self-operated, one instance without automatic failover', elements: dbIds };
  }
  if (layout === 'single-zone') {
    return {
      percent: 99.9,
      because: 'one region and one availability zone: a zone outage takes everything down',
      elements: [...computeIds, ...dbIds],
    };
  }
  if (fam === 'paas') {
    return {
      percent: 99.9,
      because: `the platform (${ctx.platform()}) runs in one region with the platform's own SLA (about 99.9 %)`,
      elements: computeIds,
    };
  }
  return {
    percent: 99.95,
    because: 'one region: zone redundancy at best, and no copy elsewhere to fail over to',
    elements: [...computeIds, ...dbIds],
  };
}

export type DrTier = 'none' | 'backup-restore' | 'pilot-light' | 'warm-standby' | 'active-active' | 'unknown';

/** The DR tier: the dr.strategy-tier decision's typed tier, else the model's tier id (a model read without decisions). */
export function drTier(ctx: RuleContext): DrTier {
  const typed = ctx.attrs('dr.strategy-tier').tier;
  if (typed) return typed;
  const id = ctx.model.dr.tierId;
  if (id && (id === 'none' || kb().drTier(id))) return id as DrTier;
  return 'unknown';
}

/** What a tier delivers in practice, in minutes, from the catalogue's DR tiers (no recovery is infinite; unknown counts as backup and restore). */
export function tierCapabilityOf(tier: DrTier): { rto: number; rpo: number } {
  const t = kb().drTier(tier === 'unknown' ? 'backup-restore' : tier);
  return { rto: t?.rtoMinutes ?? Infinity, rpo: t?.rpoMinutes ?? Infinity };
}

/** RPO a backup-and-restore tier reaches: continuous backups (point-in-time recovery) shrink it to minutes. */
export function tierCapability(ctx: RuleContext): { tier: DrTier; rto: number; rpo: number } {
  const tier = drTier(ctx);
  const cap = tierCapabilityOf(tier);
  const pitr = ctx.decisions.has('data.backup')
    ? ctx.attrs('data.backup').pointInTime === true
    : ctx.model.dataStores.some((d) => d.pointInTime === true);
  if (pitr) cap.rpo = Math.min(cap.rpo, 15);
  return { tier, ...cap };
}
