// Rough ceilings a topology can reach: the availability it can sustain and the RTO/RPO its DR tier delivers.
import type { RuleContext } from '../rule-context.js';
import { isRecordStore } from '../../model/tech-catalog.js';
import { selfHostedDatabase } from '../rule-helpers.js';
import { kb } from '../../knowledge/active.js';
import type { ProfileView } from '../../decide/profile-view.js';
import {
  periodicBackupLossMinutes,
  statedDrTier,
  statesOneInstance,
  statesOneRegion,
  statesOneZone,
  statesPeriodicBackups,
} from '../../decide/stated-topology.js';
import type { Evidence } from '../../types.js';

/** Best availability a topology sustains month over month, in percent (rough, after the providers' SLAs). */
export const CEILING = { oneMachine: 99.5, oneZone: 99.9, selfRun: 99.9, platform: 99.9, oneRegion: 99.95, twoRegions: 99.99 } as const;

export interface StatedCeiling {
  topology: 'one-instance' | 'one-zone' | 'one-region';
  percent: number;
  evidence: Evidence[];
}

/** The narrowest topology the inputs state in words (one machine, one zone, one region) and the availability it sustains. */
export function statedCeiling(v: ProfileView): StatedCeiling | null {
  const machine = statesOneInstance(v);
  if (machine) return { topology: 'one-instance', percent: CEILING.oneMachine, evidence: machine };
  const zone = statesOneZone(v);
  if (zone) return { topology: 'one-zone', percent: CEILING.oneZone, evidence: zone };
  const region = statesOneRegion(v);
  return region ? { topology: 'one-region', percent: CEILING.oneRegion, evidence: region } : null;
}

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
      percent: CEILING.twoRegions,
      because: `a second region (${secondaryRegion(ctx)}) runs a ${tier} copy`,
      elements: m.regions.map((r) => r.id),
    };
  }
  if (fam === 'servers' || fam === 'on-prem') {
    if (allSingle || m.compute.length <= 1) {
      return {
        percent: CEILING.oneMachine,
        because: 'everything runs on a single server or VM, so every patch, reboot or host failure is downtime',
        elements: [...computeIds, ...dbIds],
      };
    }
    return { percent: CEILING.selfRun, because: 'self-operated servers without a second site', elements: computeIds };
  }
  if (selfHostedDatabase(ctx) && dbIds.length) {
    return { percent: CEILING.selfRun, because: 'the database is self-operated, one instance without automatic failover', elements: dbIds };
  }
  if (layout === 'single-zone') {
    return {
      percent: CEILING.oneZone,
      because: 'one region and one availability zone: a zone outage takes everything down',
      elements: [...computeIds, ...dbIds],
    };
  }
  if (fam === 'paas') {
    return {
      percent: CEILING.platform,
      because: `the platform (${ctx.platform()}) runs in one region with the platform's own SLA (about 99.9 %)`,
      elements: computeIds,
    };
  }
  return {
    percent: CEILING.oneRegion,
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

/**
 * The way up from the tier in force for a recovery objective: the catalogue's tiers faster than it on `metric`, those
 * meeting `target` first. A mitigation names these, so it never points at a tier below the one it starts from.
 */
export function tiersAbove(tier: DrTier, metric: 'rto' | 'rpo', target: number): { meeting: string[]; faster: string[] } {
  const key = metric === 'rto' ? 'rtoMinutes' : 'rpoMinutes';
  const now = tierCapabilityOf(tier)[metric];
  const faster = kb()
    .drTiers()
    .filter((t) => t.id !== 'none' && typeof t[key] === 'number' && (t[key] as number) < now)
    .sort((a, b) => (b[key] as number) - (a[key] as number));
  return { meeting: faster.filter((t) => (t[key] as number) <= target).map((t) => t.name), faster: faster.map((t) => t.name) };
}

/** The mitigation for a recovery objective the tier in force misses, from the tiers above it. */
export function moveUpMitigation(tier: DrTier, metric: 'rto' | 'rpo', target: number): string {
  const label = metric.toUpperCase();
  const { meeting, faster } = tiersAbove(tier, metric, target);
  const from = tier === 'unknown' ? 'backup and restore (assumed)' : (kb().drTier(tier)?.name ?? tier);
  const up = meeting.length
    ? `move up from ${from} to ${meeting.slice(0, 2).join(' or ')}`
    : faster.length
      ? `move up from ${from} to ${faster[faster.length - 1]} (the fastest tier, still short of the target)`
      : `${from} is already the fastest tier, so the remaining levers are the ${label} itself and the recovery procedure`;
  return `${up[0].toUpperCase()}${up.slice(1)}, or agree a longer ${label} with the business; either way, rehearse the recovery.`;
}

/** The DR tier the inputs name, when its recovery time (the catalogue's figure) exceeds the stated RTO. */
export function rtoBeyondStatedTier(
  v: ProfileView,
  rto: { minutes: number } | null | undefined,
): { name: string; evidence: Evidence[]; restore: number } | null {
  const stated = statedDrTier(v);
  if (!rto || !stated) return null;
  const restore = tierCapabilityOf(stated.tier).rto;
  if (!Number.isFinite(restore) || rto.minutes >= restore) return null;
  return { name: kb().drTier(stated.tier)?.name ?? stated.tier, evidence: stated.evidence, restore };
}

/** The stated periodic backups, when the data they can lose (a day, a week) exceeds the stated RPO. */
export function rpoBeyondStatedBackups(
  v: ProfileView,
  rpo: { minutes: number } | null | undefined,
): { evidence: Evidence[]; lossMinutes: number } | null {
  const backups = statesPeriodicBackups(v);
  const loss = periodicBackupLossMinutes(v);
  return rpo && backups && loss !== null && rpo.minutes < loss ? { evidence: backups, lossMinutes: loss } : null;
}
