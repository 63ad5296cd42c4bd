// Disaster-recovery tiers and the recovery times each can honestly promise, as the knowledge catalogue states them.
import { kb } from '../knowledge/active.js';

export interface DrTier {
  id: string;
  title: string;
  /** Typical worst-case recovery time and data loss, in minutes. */
  rtoMinutes: number;
  rpoMinutes: number;
}

/** The tiers that recover at all, cheapest first (catalogue order). */
export function drTiers(): DrTier[] {
  return kb()
    .drTiers()
    .filter((t) => t.rtoMinutes !== null && t.rpoMinutes !== null)
    .map((t) => ({ id: t.id, title: t.name, rtoMinutes: t.rtoMinutes!, rpoMinutes: t.rpoMinutes! }));
}

/** A recovering tier by its catalogue id (`warm-standby`), or null for no recovery or an id the catalogue lacks. */
export function drTierById(id: string | null | undefined): DrTier | null {
  return id ? (drTiers().find((x) => x.id === id) ?? null) : null;
}
