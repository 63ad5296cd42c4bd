// Disaster-recovery tiers and the recovery times each can honestly promise.

export interface DrTier {
  id: 'backup-restore' | 'pilot-light' | 'warm-standby' | 'active-active';
  title: string;
  /** Typical worst-case recovery time and data loss, in minutes. */
  rtoMinutes: number;
  rpoMinutes: number;
}

export const DR_TIERS: DrTier[] = [
  { id: 'backup-restore', title: 'Backup and restore', rtoMinutes: 24 * 60, rpoMinutes: 24 * 60 },
  { id: 'pilot-light', title: 'Pilot light', rtoMinutes: 60, rpoMinutes: 15 },
  { id: 'warm-standby', title: 'Warm standby', rtoMinutes: 15, rpoMinutes: 1 },
  { id: 'active-active', title: 'Active-active (multi-site)', rtoMinutes: 1, rpoMinutes: 0 },
];

/** Reads a tier from an option id, a title or the model's tier text. */
export function drTierOf(text: string): DrTier | null {
  const t = text.toLowerCase();
  if (/active|multi-site|hot/.test(t)) return DR_TIERS[3];
  if (/warm/.test(t)) return DR_TIERS[2];
  if (/pilot/.test(t)) return DR_TIERS[1];
  if (/backup|restore|cold/.test(t)) return DR_TIERS[0];
  return null;
}
