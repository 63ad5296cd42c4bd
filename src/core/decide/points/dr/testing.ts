// Decision point: how the recovery plan is proven to work.
import { definePoint } from '../../define-point.js';
import { stores } from '../../criteria.js';
import { chose } from '../../platform-family.js';

const TIER = 'dr.strategy-tier';

export default definePoint({
  meta: {
    id: 'dr.testing',
    domain: 'dr',
    title: 'Disaster-recovery testing',
    question: 'How often, and how realistically, is recovery rehearsed?',
    docs: 'An untested backup is a hope. Restore drills prove that data comes back within the RPO and the RTO; game days with fault injection prove that failover and the people behind it work; tabletop exercises only check that the plan is understood.',
    assumption: 'The inputs do not describe DR testing; quarterly restore drills were assumed.',
    traces: ['recovery'],
    check: (d, m) =>
      `The calendar holds the next ${d.choiceTitle.toLowerCase()} for ${stores(m)} and the last one has a written result with the time it took.`,
  },
  options: [
    {
      id: 'quarterly-restore-drills',
      title: 'Quarterly restore drills',
      summary: 'Every quarter a backup is restored into an isolated environment, checked, and the time taken recorded against the RTO.',
      pros: ['Proves backups are complete and restorable', 'Produces evidence auditors ask for'],
      cons: ['Does not exercise traffic failover', "Takes a day of someone's time each quarter"],
      costClass: 'low',
      complexity: 2,
      skills: ['restore procedures'],
      leans: { resilience: 1, compliance: 2 },
      fits: [
        { when: (c) => c.v.anyCompliance(), weight: 2, because: 'the compliance regime expects tested backups' },
        {
          when: (c) => c.v.availabilityAtLeast(99.9),
          weight: 2,
          because: 'the availability target depends on restores that are known to work',
        },
        { when: (c) => chose(c, TIER, 'backup-restore', 'pilot-light'), weight: 2, because: 'the DR tier depends on restores working' },
      ],
    },
    {
      id: 'game-days',
      title: 'Game days with fault injection',
      summary:
        'Planned exercises that break real components (zone, database, dependency) with fault-injection tools and measure detection, failover and recovery.',
      pros: ['Tests people, alerts and automation together', 'Finds hidden single points of failure before users do'],
      cons: ['Needs mature monitoring and rollback to do safely', 'Costs team days and some risk'],
      costClass: 'low',
      complexity: 4,
      skills: ['chaos engineering', 'incident response'],
      leans: { resilience: 2, simplicity: -2 },
      fits: [
        {
          when: (c) => chose(c, TIER, 'warm-standby', 'active-active'),
          weight: 3,
          because: 'automatic failover must be exercised to be trusted',
        },
        {
          when: (c) => c.v.availabilityAtLeast(99.95),
          weight: 3,
          because: 'the availability target depends on failover working first time',
        },
        { when: (c) => c.v.teamAtMost(3), weight: -3, because: 'a small team cannot run safe fault injection regularly' },
      ],
    },
    {
      id: 'annual-tabletop',
      title: 'Annual tabletop exercise only',
      summary: 'Once a year the team walks through a disaster scenario on paper and updates the runbook.',
      pros: ['Cheap; keeps the plan known', 'A start for very small teams'],
      cons: ['Never proves a restore actually works', 'Usually not enough for auditors'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, resilience: -2, compliance: -1 },
      fits: [
        { when: (c) => c.v.teamAtMost(2), weight: 2, because: 'the team is one or two people' },
        { when: (c) => c.v.regulated(), weight: -3, because: 'regulated data needs proof that restores work' },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: -2, because: 'a paper exercise cannot back an availability target' },
      ],
    },
  ],
});
