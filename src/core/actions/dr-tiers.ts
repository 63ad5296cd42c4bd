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

/** Reads a tier from an option id, a title or the model's tier text. */
export function drTierOf(text: string): DrTier | null {
  const t = text.toLowerCase();
  const id = /active|multi-site|hot/.test(t)
    ? 'active-active'
    : /warm/.test(t)
      ? 'warm-standby'
      : /pilot/.test(t)
        ? 'pilot-light'
        : /backup|restore|cold/.test(t)
          ? 'backup-restore'
          : null;
  return id ? (drTiers().find((x) => x.id === id) ?? null) : null;
}
