// Topology and backup statements the inputs make in words ("runs in one region", "nightly snapshots"): decisions keep them.
import type { Evidence } from '../types.js';
import type { Hit, ProfileView } from './profile-view.js';

// Linear patterns: bounded alternations, no nested quantifiers.
const ONE_REGION = /\b(?:(?:one|a single|single|only one) (?:cloud |aws |azure |gcp )?region|single-region|in one region only)\b/i;
const PERIODIC_BACKUP =
  /\b(?:nightly|daily|once a day|weekly|every night) (?:database |db |volume |disk )?(?:snapshots?|backups?|dumps?)\b/i;
const SNAPSHOT_EVERY_DAY =
  /\b(?:snapshots?|backups?|dumps?) (?:are |is )?(?:taken |made |run )?(?:nightly|daily|once a day|every night|weekly)\b/i;

/** Evidence that the inputs state the whole system runs in one region. */
export function statesOneRegion(v: ProfileView): Hit {
  return v.states(ONE_REGION);
}

/** Evidence that the inputs state periodic (daily or rarer) backups as the backup scheme. */
export function statesPeriodicBackups(v: ProfileView): Hit {
  return v.states(PERIODIC_BACKUP) ?? v.states(SNAPSHOT_EVERY_DAY);
}

/** How much data a stated periodic backup can lose, in minutes (a day for nightly or daily, a week for weekly). */
export function periodicBackupLossMinutes(v: ProfileView): number | null {
  const texts = [...v.profile.nfrs, ...v.profile.constraints, ...v.profile.technicalAssumptions]
    .map((x) => x.text)
    .filter((t) => PERIODIC_BACKUP.test(t) || SNAPSHOT_EVERY_DAY.test(t));
  if (!texts.length) return null;
  return texts.some((t) => /\bweekly\b/i.test(t)) && !texts.some((t) => /\b(?:nightly|daily|once a day|every night)\b/i.test(t))
    ? 7 * 24 * 60
    : 24 * 60;
}

/** The first line of evidence, for a concern that names the statement. */
export function firstLine(h: Hit): Evidence[] {
  return h ? h.slice(0, 1) : [];
}
