// Decision point: how traffic moves to the recovery site when the primary fails.
import { definePoint } from '../../define-point.js';
import { inline, recoveryLocation, services } from '../../criteria.js';
import { chose, runsFunctions, settledOn } from '../../platform-family.js';

const TIER = 'dr.strategy-tier';

export default definePoint({
  meta: {
    id: 'dr.failover',
    domain: 'dr',
    title: 'Failover mechanism',
    question: 'Who or what decides to fail over, and how does traffic move?',
    docs: 'Failover has to match the recovery tier: a rebuild is a runbook, a running standby needs health-checked DNS or global load balancing to meet its RTO, and managed platforms already fail over between zones for you. Automatic failover also needs a tested way back (failback).',
    assumption: 'The inputs do not describe failover; a written, rehearsed runbook was assumed.',
    traces: ['availability'],
    check: (d, m) =>
      `Stopping ${services(m)} in the primary location in a drill moves traffic through ${inline(d.choiceTitle)} with no manual step.`,
  },
  options: [
    {
      id: 'manual-runbook',
      check: (_d, m) =>
        `Someone other than its author follows the failover runbook in a drill and brings ${services(m)} up in ${recoveryLocation(m)}.`,
      title: 'Manual runbook',
      summary: 'A person declares the disaster and follows a written, rehearsed runbook to restore and repoint traffic.',
      pros: ['No false failovers; a human confirms the situation', 'Nothing extra to build or pay for'],
      cons: ['Recovery time depends on who is awake and how current the runbook is', 'Too slow for RTOs under an hour'],
      costClass: 'free',
      complexity: 1,
      skills: ['runbook writing'],
      leans: { simplicity: 2, cost: 2, resilience: -1 },
      fits: [
        {
          when: (c) => chose(c, TIER, 'backup-restore', 'pilot-light'),
          weight: 3,
          because: 'the DR tier rebuilds or starts compute, which is a deliberate, stepwise act',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'simple for a small team to own' },
      ],
    },
    {
      id: 'automated-dns-failover',
      title: 'Automated health-checked DNS / global load-balancer failover',
      summary:
        'Health checks on the primary switch DNS records or a global load balancer to the standby (e.g. Route 53, Traffic Manager, Cloud DNS routing policies, Cloudflare Load Balancing).',
      pros: ['Traffic moves in minutes without waiting for a person', 'Also routes users to the closest healthy region'],
      cons: [
        'False positives can flip traffic and split writes; data promotion still needs care',
        'DNS caching delays clients that ignore TTLs',
      ],
      costClass: 'low',
      complexity: 3,
      skills: ['DNS routing policies', 'health checks'],
      leans: { resilience: 2, simplicity: -1 },
      fits: [
        {
          when: (c) => chose(c, TIER, 'warm-standby', 'active-active'),
          weight: 4,
          because: 'a running standby is only fast if traffic moves automatically',
        },
        { when: (c) => c.v.rtoAtMost(15), weight: 2, because: 'the RTO is shorter than a manual failover takes' },
      ],
    },
    {
      id: 'platform-managed',
      title: 'Platform-managed failover',
      summary:
        'The managed services fail over themselves between zones (multi-AZ databases, regional serverless, PaaS), with a runbook only for regional loss.',
      pros: ['Zone failures are handled with no action', 'Nothing to build beyond choosing the managed options'],
      cons: ['Region-level failover is still yours', 'Limited control over timing and behaviour'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, resilience: 1 },
      fits: [
        { when: (c) => settledOn(c, 'paas'), weight: 3, because: 'the PaaS runs and fails over the infrastructure' },
        { when: (c) => runsFunctions(c), weight: 2, because: 'serverless runtimes are regional and zone-redundant by design' },
      ],
    },
  ],
});
