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

/** Why an option that adds a second region cannot be chosen: the inputs state one region, zone or server; null otherwise. */
export function secondRegionRefused(v: ProfileView): string | null {
  return statesOneRegion(v) || statesOneZone(v) ? 'the inputs state the system runs in one region' : null;
}

// "eu-central-1 (backup copies only, no running workloads)", "no compute running in normal operation": the second site
// keeps data, not a running copy. "Backups only" must end its clause, so "backups only nightly" is not read.
const NO_STANDING_COMPUTE =
  /\b(?:no (?:running )?(?:compute|workloads?|services)(?: running)?|(?:backup copies|backups|copies) only(?=\s*(?:[,.;)]|$)))\b/im;

/** Why a tier that keeps a running copy elsewhere cannot be chosen: the inputs state the second site runs no compute. */
export function standingCopyRefused(v: ProfileView): string | null {
  return v.statesDeployment(NO_STANDING_COMPUTE) ? 'the inputs state the second site keeps data only, with no compute running' : null;
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
    const hit = texts.find((x) => namesTier(t, x.text));
    if (hit) return { tier: t.id as DrTierId, evidence: hit.evidence.slice(0, 2) };
  }
  return null;
}

function namesTier(t: { id: string; name: string }, text: string): boolean {
  return tierWords(text).includes(tierWords(t.name.split('(')[0])) && (t.id !== 'backup-restore' || DR_CONTEXT.test(text));
}

/** The DR tier one sentence names, as `statedDrTier` reads it, or null. */
export function drTierNamedIn(text: string): DrTierId | null {
  const t = kb()
    .drTiers()
    .find((x) => x.id !== 'none' && namesTier(x, text));
  return t ? (t.id as DrTierId) : null;
}

/** The narrowest topology one sentence states (one server, one zone, one region), as the profile readings do, or null. */
export function topologyStatedIn(text: string): 'one-instance' | 'one-zone' | 'one-region' | null {
  if (ONE_INSTANCE.test(text)) return 'one-instance';
  if (ONE_ZONE.test(text)) return 'one-zone';
  return ONE_REGION.test(text) ? 'one-region' : null;
}

// Continuous protection beside the periodic copies ("daily snapshot plus PITR"): the snapshots are not the RPO's limit.
const CONTINUOUS = /\bpoint[- ]in[- ]time\b|\bpitr\b|\bcontinuous(?:ly)?\b|\bwal\b|\bbinlog|\breplicat/i;

/** Sentences stating periodic backups as the backup scheme, not beside continuous protection. */
function periodicTexts(v: ProfileView): { text: string; evidence: Evidence[] }[] {
  return v.statements().filter((x) => (PERIODIC_BACKUP.test(x.text) || SNAPSHOT_EVERY_DAY.test(x.text)) && !CONTINUOUS.test(x.text));
}

/** Evidence that the inputs state periodic (daily or rarer) backups as the backup scheme. */
export function statesPeriodicBackups(v: ProfileView): Hit {
  const hits = periodicTexts(v);
  return hits.length ? hits.flatMap((x) => x.evidence).slice(0, 2) : null;
}

/** How much data a stated periodic backup can lose, in minutes (a day for nightly or daily, a week for weekly). */
export function periodicBackupLossMinutes(v: ProfileView): number | null {
  const texts = periodicTexts(v).map((x) => x.text);
  if (!texts.length) return null;
  return texts.some((t) => /\bweekly\b/i.test(t)) && !texts.some((t) => /\b(?:nightly|daily|once a day|every night)\b/i.test(t))
    ? 7 * 24 * 60
    : 24 * 60;
}

/** The first line of evidence, for a concern that names the statement. */
export function firstLine(h: Hit): Evidence[] {
  return h ? h.slice(0, 1) : [];
}
