// Decision point: how the system is spread over zones and regions, from availability, RTO and residency.
import { definePoint, type DecideContext } from '../../define-point.js';
import { regionsSpanJurisdictions } from '../../profile-view.js';
import { family } from '../../platform-family.js';
import { regions, listOf } from '../../criteria.js';
import { secondRegionRefused, statesOneRegion, statesOneZone } from '../../stated-topology.js';

/** Multi-region options cannot be chosen over the inputs' own statement that everything runs in one region (or zone). */
const oneRegionStated = (c: DecideContext) => secondRegionRefused(c.v);

export default definePoint({
  meta: {
    id: 'cloud.region-strategy',
    domain: 'cloud',
    title: 'Region and zone strategy',
    question: 'How many zones and regions does production run in, and are they active together?',
    docs: 'A single zone fails with its data centre; several zones in one region survive that for little extra cost; a second region survives a regional outage but doubles data plumbing, and active-active adds conflict handling on every write. The availability target, the recovery time objective and where data may live set how far to go.',
    assumption:
      'No availability target or recovery objective is stated; one region with redundancy across zones was assumed, the usual default for production. Confirm the target with the product owner.',
    adr: true,
    traces: ['availability', 'compliance', 'region'],
    check: (_d, m) =>
      regions(m).length
        ? `A policy or CI check rejects resources outside ${listOf(regions(m))}; a test plan with another region fails.`
        : 'A policy or CI check rejects resources outside the chosen region; a test plan with another region fails.',
  },
  options: [
    {
      id: 'single-region-multi-az',
      attrs: { regions: 'multi-zone' },
      committedWhen: (c) => (statesOneZone(c.v) ? null : statesOneRegion(c.v)),
      title: 'One region, several availability zones',
      summary: 'Production runs in one region with instances and a database standby spread over two or three zones.',
      pros: ['Survives the loss of a data centre with automatic failover', 'Little extra cost or design effort on managed services'],
      cons: ['A region-wide outage takes the system down', 'Cross-zone traffic is billed on some clouds'],
      costClass: 'medium',
      complexity: 2,
      skills: ['zone-aware deployment', 'managed database failover'],
      leans: { resilience: 1, simplicity: 1, cost: 0, compliance: 1, speed: 1 },
      fits: [
        { when: (c) => c.v.availabilityAtLeast(99.5), weight: 4, because: 'the availability target needs zone redundancy' },
        { when: (c) => c.v.anyCompliance(), weight: 1, because: 'regulated data usually stays in one region' },
        { when: (c) => c.v.rtoAtMost(60), weight: 2, because: 'a short recovery time needs automatic failover' },
      ],
    },
    {
      id: 'single-region-single-zone',
      attrs: { regions: 'single-zone' },
      // A stated single zone or single machine stays so even beside a higher target: the review names both statements.
      committedWhen: (c) => statesOneZone(c.v) ?? (statesOneRegion(c.v) && c.v.availabilityBelow(99.5) ? statesOneRegion(c.v) : null),
      title: 'One region, one zone',
      summary: 'A single instance or a single-zone deployment with backups; recovery means restoring elsewhere.',
      pros: ['Lowest cost and simplest to reason about', 'No replication lag or failover logic'],
      cons: ['A zone or host failure is an outage until restored', 'Maintenance windows are visible to users'],
      costClass: 'low',
      complexity: 1,
      skills: ['backups and restore drills'],
      leans: { cost: 2, simplicity: 2, resilience: -2, compliance: -1, speed: 1 },
      rejectIf: (c) => (c.v.availabilityAtLeast(99.95) ? 'a single zone cannot meet an availability target of 99.95 % or more' : null),
      fits: [
        { when: (c) => c.v.availabilityBelow(99.5), weight: 4, because: 'the availability target tolerates a zone outage' },
        { when: (c) => c.v.budgetBelow(100), weight: 3, because: 'the budget leaves no room for standby capacity' },
        {
          when: (c) => (family(c) === 'servers' || family(c) === 'on-prem' ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 3,
          because: 'the system runs on individual servers',
        },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: -4, because: 'a 99.9 % target leaves about 43 minutes of downtime a month' },
      ],
    },
    {
      id: 'multi-region-active-passive',
      attrs: { regions: 'multi-region-passive' },
      rejectIf: oneRegionStated,
      title: 'Primary region with a standby region',
      summary: 'One region serves traffic; data replicates to a second region that is promoted when the first fails.',
      pros: ['Survives a regional outage within the recovery time objective', 'The standby can be small (pilot light) to save cost'],
      cons: [
        'Failover must be rehearsed or it will not work when needed',
        'Replication, DNS failover and duplicated secrets and config to maintain',
      ],
      costClass: 'high',
      complexity: 4,
      skills: ['cross-region replication', 'DNS failover', 'DR drills'],
      leans: { resilience: 2, cost: -1, simplicity: -1, compliance: 0, speed: -1 },
      fits: [
        { when: (c) => c.v.multiRegion(), weight: 5, because: 'the inputs name more than one region' },
        {
          when: (c) => c.v.availabilityAtLeast(99.95),
          weight: 3,
          because: 'the availability target is beyond what one region reliably gives',
        },
        {
          when: (c) => (c.v.multiRegion() ? c.v.rtoAtMost(60) : null),
          weight: 2,
          because: 'the recovery time needs a standby ready in the second location',
        },
        {
          when: (c) => (regionsSpanJurisdictions(c.v) && c.v.anyCompliance() ? regionsSpanJurisdictions(c.v) : null),
          weight: -5,
          because: 'regions in different jurisdictions serve residency, not failover',
        },
      ],
    },
    {
      id: 'multi-region-active-active',
      attrs: { regions: 'multi-region-active' },
      rejectIf: oneRegionStated,
      title: 'Several regions serving traffic at once',
      summary: 'Each region serves users and writes; data is replicated both ways and traffic is routed by latency or health.',
      pros: ['Regional failure is absorbed with near-zero recovery time', 'Users are served from the nearest region'],
      cons: ['Write conflicts and replication lag shape the data model', 'Roughly double the cost and a platform team to run it'],
      costClass: 'high',
      complexity: 5,
      skills: ['globally distributed databases', 'traffic management', 'chaos testing'],
      leans: { resilience: 2, cost: -2, simplicity: -2, compliance: -1, speed: -2 },
      fits: [
        { when: (c) => c.v.availabilityAtLeast(99.99), weight: 7, because: 'four nines leave under five minutes of downtime a month' },
        { when: (c) => c.v.rtoAtMost(5), weight: 2, because: 'a recovery time of minutes rules out a manual regional failover' },
        { when: (c) => c.v.multiRegion(), weight: 2, because: 'the inputs name more than one region' },
        {
          when: (c) => (c.v.anyCompliance() ? regionsSpanJurisdictions(c.v) : null),
          weight: -5,
          because: 'regions in different jurisdictions serve residency, not failover',
        },
      ],
    },
  ],
});
