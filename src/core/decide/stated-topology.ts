// Topology, backup and DR-tier statements the inputs make in words ("runs in one region", "nightly snapshots"): decisions keep them.
import { kb } from '../knowledge/active.js';
import type { Evidence } from '../types.js';
import type { DrTierId } from './option-attributes.js';
import type { Hit, ProfileView } from './profile-view.js';

// Linear patterns: bounded alternations, no nested quantifiers.
const ONE_REGION = /\b(?:(?:one|a single|single|only one) (?:cloud |aws |azure |gcp )?region|single-region|in one region only)\b/i;
const PERIODIC_BACKUP =
  /\b(?:nightly|daily|once a day|weekly|every night) (?:database |db |volume |disk )?(?:snapshots?|backups?|dumps?)\b/i;
const SNAPSHOT_EVERY_DAY =
  /\b(?:snapshots?|backups?|dumps?) (?:are |is )?(?:taken |made |run )?(?:nightly|daily|once a day|every night|weekly)\b/i;

/** Evidence that the inputs state the whole system runs in one region. */
export function statesOneRegion(v: ProfileView): Hit {
  return v.statesDeployment(ONE_REGION);
}

// "one availability zone", "single-AZ"; not "a single time zone" (the word before zone must be availability or nothing).
const ONE_ZONE = /\b(?:(?:one|a single|single|only one) (?:availability )?zone|single-(?:az|zone)|(?:one|a single|single) az)\b/i;
// "runs on a single server", "one VPS", "single-instance deployment"; not "one server-side render" or "a single host name".
const ONE_INSTANCE =
  /\b(?:(?:on|to) (?:one|a single|single|only one) (?:server|vm|virtual machine|vps|droplet|machine|host|instance)|single-(?:server|instance|host|vm))\b(?![-.]\w| name)/i;

/** Evidence that the inputs state everything runs in one availability zone (or on one machine, which is one zone). */
export function statesOneZone(v: ProfileView): Hit {
  return v.statesDeployment(ONE_ZONE) ?? statesOneInstance(v);
}

/** Evidence that the inputs state the system runs on one server, VM or instance. */
export function statesOneInstance(v: ProfileView): Hit {
  return v.statesDeployment(ONE_INSTANCE);
}

/** Words as statements write a DR tier's name: lower case, '&' and '/' as 'and', any other punctuation as a space. */
function tierWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[&/]/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ')} `;
}
const DR_CONTEXT = /\b(?:dr|disaster recovery|recovery (?:strategy|tier|approach|plan))\b/i;

/**
 * The DR tier the inputs state by name (a catalogue tier's name in a requirement, constraint or assumption). Backup and
 * restore is also a backup phrase, so it counts only beside words about disaster recovery.
 */
export function statedDrTier(v: ProfileView): { tier: DrTierId; evidence: Evidence[] } | null {
  const texts = v.statements();
  for (const t of kb().drTiers()) {
    if (t.id === 'none') continue;
    const name = tierWords(t.name.split('(')[0]);
    const hit = texts.find((x) => tierWords(x.text).includes(name) && (t.id !== 'backup-restore' || DR_CONTEXT.test(x.text)));
    if (hit) return { tier: t.id as DrTierId, evidence: hit.evidence.slice(0, 2) };
  }
  return null;
}

/** Evidence that the inputs state periodic (daily or rarer) backups as the backup scheme. */
export function statesPeriodicBackups(v: ProfileView): Hit {
  return v.statesDeployment(PERIODIC_BACKUP) ?? v.statesDeployment(SNAPSHOT_EVERY_DAY);
}

/** How much data a stated periodic backup can lose, in minutes (a day for nightly or daily, a week for weekly). */
export function periodicBackupLossMinutes(v: ProfileView): number | null {
  const texts = v
    .statements()
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
