// Decision point: the disaster-recovery tier, sized from the recovery objectives and availability target.
import { definePoint, type DecideContext } from '../../define-point.js';
import { minutes, services, stores } from '../../criteria.js';
import type { DrTierId } from '../../option-attributes.js';
import { secondRegionRefused, standingCopyRefused, statedDrTier } from '../../stated-topology.js';

const rtoBetween = (lo: number, hi: number) => (c: DecideContext) => {
  const m = c.v.rtoMinutes();
  return m !== null && m > lo && m <= hi ? c.v.profile.rto!.evidence : null;
};

/** A tier the inputs name is the tier, whatever the objectives say: the review names both when they disagree. */
const statedAs = (tier: DrTierId) => (c: DecideContext) => {
  const s = statedDrTier(c.v);
  return s?.tier === tier ? s.evidence : null;
};

/** A standby in a second region is not chosen over the inputs' one region; a tier they name themselves still wins (committed). */
const oneRegionStated = (c: DecideContext) => secondRegionRefused(c.v);
/** Nor a running copy over a second site the inputs keep for data only. */
const noRunningCopy = (c: DecideContext) => secondRegionRefused(c.v) ?? standingCopyRefused(c.v);

export default definePoint({
  meta: {
    id: 'dr.strategy-tier',
    domain: 'dr',
    title: 'Disaster-recovery tier',
    question: 'How much of the system stands ready elsewhere, given the RTO, RPO and availability target?',
    docs: 'The four classic tiers trade standing cost against recovery time. Backup-and-restore rebuilds from backups in hours; pilot light keeps data replicated and the rest off; warm standby runs a scaled-down copy ready to scale up in minutes; active-active serves from two places at once. A recovery time of 15 minutes or less, or availability of 99.95 % or more, cannot be met by rebuilding.',
    assumption:
      'The inputs state no RTO or RPO; backup-and-restore was assumed. Agree recovery objectives with the business: they set this tier.',
    adr: true,
    traces: ['availability', 'recovery'],
    check: (_d, m) =>
      `A recovery drill restores ${stores(m)} and brings ${services(m)} back within ${minutes(m.dr.rtoMinutes) ?? 'the agreed RTO'}, losing at most ${minutes(m.dr.rpoMinutes) ?? 'the agreed RPO'} of data.`,
  },
  options: [
    {
      id: 'backup-restore',
      committedWhen: statedAs('backup-restore'),
      attrs: { tier: 'backup-restore' },
      title: 'Backup and restore',
      summary: 'Regular backups (and IaC) are kept off the primary site; after a disaster the environment is rebuilt and data restored.',
      pros: ['Lowest cost: only backup storage stands by', 'Simple to understand and to test'],
      cons: ['Recovery takes hours (rebuild plus restore)', 'Data since the last backup is lost unless logs are shipped continuously'],
      costClass: 'low',
      complexity: 1,
      skills: ['backup tooling', 'infrastructure as code'],
      leans: { cost: 2, simplicity: 2, resilience: -1 },
      fits: [
        {
          when: (c) => (c.v.rtoMinutes() === null && !c.v.availabilityAtLeast(99.9) ? true : null),
          weight: 2,
          because: 'no recovery objective demands more',
        },
        {
          when: (c) => {
            const m = c.v.rtoMinutes();
            return m !== null && m > 240 ? c.v.profile.rto!.evidence : null;
          },
          weight: 4,
          because: 'the RTO allows hours to rebuild',
        },
        { when: (c) => c.v.budgetBelow(500), weight: 2, because: 'the budget leaves nothing for standing replicas' },
      ],
    },
    {
      id: 'pilot-light',
      committedWhen: statedAs('pilot-light'),
      rejectIf: oneRegionStated,
      attrs: { tier: 'pilot-light', regions: 'multi-region-passive' },
      title: 'Pilot light',
      summary: 'Data is replicated continuously to a second region; compute is defined in code and started only on failover.',
      pros: ['Low data loss through continuous replication', 'Small standing cost: replicas only'],
      cons: ['Recovery still takes tens of minutes to start and scale compute', 'Failover steps rot unless exercised'],
      costClass: 'low',
      complexity: 2,
      skills: ['cross-region replication', 'infrastructure as code'],
      leans: { cost: 1, resilience: 1 },
      fits: [
        { when: rtoBetween(60, 240), weight: 4, because: 'the RTO allows an hour or more to start compute, but not a full rebuild' },
        { when: (c) => c.v.rpoAtMost(60), weight: 1, because: 'the RPO needs continuous replication, not nightly backups' },
        {
          when: (c) => (c.v.rtoMinutes() === null ? c.v.availabilityAtLeast(99.9) : null),
          weight: 2,
          because: 'the availability target needs faster recovery than a rebuild',
        },
      ],
    },
    {
      id: 'warm-standby',
      committedWhen: statedAs('warm-standby'),
      rejectIf: noRunningCopy,
      attrs: { tier: 'warm-standby', regions: 'multi-region-passive' },
      title: 'Warm standby',
      summary: 'A scaled-down but running copy in a second region or site, with replicated data, ready to scale up and take traffic.',
      pros: ['Recovery in minutes', 'The standby is exercised continuously, so it is known to work'],
      cons: ['Standing cost of a second, smaller environment', 'Failover and failback procedures to maintain'],
      costClass: 'medium',
      complexity: 3,
      skills: ['replication', 'DNS failover'],
      leans: { resilience: 2, cost: -1 },
      fits: [
        { when: rtoBetween(15, 60), weight: 4, because: 'the RTO leaves under an hour, too short to start cold compute' },
        { when: (c) => c.v.rtoAtMost(15), weight: 4, because: 'the RTO is 15 minutes or less: only a running standby can meet it' },
        {
          when: (c) => c.v.availabilityAtLeast(99.95),
          weight: 3,
          because: 'the availability target leaves about 20 minutes of downtime a month',
        },
        { when: (c) => c.v.rpoAtMost(5), weight: 1, because: 'the RPO needs near-continuous replication' },
      ],
    },
    {
      id: 'active-active',
      committedWhen: statedAs('active-active'),
      rejectIf: noRunningCopy,
      attrs: { tier: 'active-active', regions: 'multi-region-active' },
      title: 'Active-active (multi-region)',
      summary: 'Two or more regions serve traffic at once; losing one shifts load to the others.',
      pros: ['Near-zero RTO; users may not notice a region failure', 'Serves users close to where they are'],
      cons: ['Multi-region data consistency is hard and expensive', 'Roughly doubles infrastructure cost and operating effort'],
      costClass: 'high',
      complexity: 5,
      skills: ['multi-region data replication', 'global load balancing'],
      leans: { resilience: 2, cost: -2, simplicity: -2 },
      fits: [
        {
          when: (c) => c.v.availabilityAtLeast(99.99),
          weight: 6,
          because: 'the availability target (about 4 minutes a month) needs no failover gap at all',
        },
        { when: (c) => c.v.rtoAtMost(5), weight: 2, because: 'the RTO leaves no time to scale up a standby' },
        { when: (c) => c.v.multiRegion() && c.v.rpoAtMost(1), weight: 2, because: 'users in several regions and near-zero data loss' },
        { when: (c) => c.v.teamAtMost(5), weight: -3, because: 'multi-region operation is too heavy for a small team' },
      ],
    },
  ],
});
