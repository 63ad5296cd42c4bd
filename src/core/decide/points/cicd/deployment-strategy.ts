// Decision point: how a new version replaces the running one.
import { definePoint } from '../../define-point.js';
import { onKubernetes, runsFunctions, settledOn } from '../../platform-family.js';
import { minutes, rehearsal, services } from '../../criteria.js';
import type { DecideContext } from '../../define-point.js';

/** The strategy the inputs state ("Strategy: Blue-green"), when it is this option's. */
const stated = (id: string) => (c: DecideContext) =>
  c.v.profile.deploymentStrategy?.value === id ? c.v.profile.deploymentStrategy.evidence : null;

export default definePoint({
  meta: {
    id: 'cicd.deployment-strategy',
    domain: 'cicd',
    title: 'Deployment strategy',
    question: 'How does a new release replace the running version, and how is it rolled back?',
    docs: 'The strategy decides whether users notice a deploy and how fast a bad release is undone. Rolling updates are the default on orchestrators; blue-green gives instant rollback at the price of double capacity during the switch; canaries limit the blast radius with metrics-driven promotion; recreate accepts a short outage for simplicity.',
    assumption: 'The inputs set no deployment requirement; rolling updates with health checks were assumed.',
    traces: ['operability'],
    check: (d, m) =>
      `A ${d.choiceTitle.toLowerCase()} release of ${services(m)} is rolled back in ${rehearsal(m)} within ${minutes(m.dr.rtoMinutes) ?? 'the agreed recovery time'}, by the pipeline, without a hand edit.`,
  },
  options: [
    {
      id: 'rolling',
      committedWhen: stated('rolling'),
      title: 'Rolling update',
      summary: 'Instances replaced a few at a time behind health checks; the orchestrator or platform default.',
      pros: ['Zero downtime with no extra capacity', 'Built into Kubernetes, ECS and most PaaS'],
      cons: ['Old and new versions serve side by side during the roll', 'Rollback is another roll, not an instant switch'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 1 },
      fits: [
        { when: (c) => onKubernetes(c), weight: 2, because: 'Kubernetes Deployments roll by default' },
        {
          when: (c) => c.v.committedAny('ecs', 'fargate', 'railway', 'render', 'fly-io', 'heroku'),
          weight: 1,
          because: 'the runtime rolls containers behind health checks',
        },
      ],
    },
    {
      id: 'blue-green',
      committedWhen: stated('blue-green'),
      title: 'Blue-green',
      summary: 'The new version is deployed beside the old one and traffic switches at once; the old stays ready for rollback.',
      pros: ['Instant rollback by switching back', 'The new version is verified before any user sees it'],
      cons: ['Double capacity during the switch', 'Database migrations must be backward compatible across both colours'],
      costClass: 'low',
      complexity: 3,
      skills: ['load balancer or alias switching', 'expand/contract migrations'],
      leans: { resilience: 2, cost: -1 },
      fits: [
        {
          when: (c) => c.v.availabilityAtLeast(99.9),
          weight: 3,
          because: 'the availability target leaves little room for a slow rollback',
        },
        {
          when: (c) => runsFunctions(c),
          weight: 2,
          because: 'function versions and aliases (or atomic PaaS deploys) switch traffic at once',
        },
        { when: (c) => c.v.rtoAtMost(15), weight: 1, because: 'a short RTO favours an instant switch back' },
      ],
    },
    {
      id: 'canary',
      committedWhen: stated('canary'),
      title: 'Canary with automated analysis',
      summary: 'A small share of traffic goes to the new version; metrics decide whether it is promoted or rolled back.',
      pros: ['A bad release reaches only a few users', 'Promotion driven by error rate and latency, not hope'],
      cons: ['Needs good metrics, traffic splitting and tooling (Argo Rollouts, Flagger, CodeDeploy)', 'Slower releases'],
      costClass: 'low',
      complexity: 4,
      skills: ['progressive delivery tooling', 'SLO metrics'],
      leans: { resilience: 2, simplicity: -2, speed: -1 },
      fits: [
        {
          when: (c) => c.v.availabilityAtLeast(99.95),
          weight: 3,
          because: "the availability target justifies limiting each release's blast radius",
        },
        { when: (c) => c.v.usersAtLeast(100_000), weight: 3, because: 'with this many users a bad release is costly even for minutes' },
        {
          when: (c) => c.v.style('microservices') && onKubernetes(c),
          weight: 1,
          because: 'a mesh or ingress on Kubernetes can split traffic per service',
        },
      ],
    },
    {
      id: 'recreate',
      committedWhen: stated('recreate'),
      title: 'Recreate (stop, then start)',
      summary: 'The old version stops before the new one starts; a short planned outage per deploy.',
      pros: ['Simplest possible; no version skew', 'Fits single-server and single-writer setups (SQLite, one VM)'],
      cons: ['Downtime on every deploy', 'A failed start means an outage until rollback'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: -2 },
      fits: [
        { when: (c) => c.v.committed('sqlite'), weight: 2, because: 'a single-writer database cannot serve two versions at once' },
        { when: (c) => settledOn(c, 'servers', 'on-prem') && c.v.teamAtMost(3), weight: 2, because: 'one small team on a few servers' },
        { when: (c) => c.v.availabilityBelow(99.5), weight: 2, because: 'the availability target tolerates short deploy windows' },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: -3, because: 'deploy downtime would eat the availability budget' },
      ],
    },
  ],
});
