// Decision point: how the design grows when load outgrows it.
import { durableStores, listOf, services } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { onKubernetes, runsFunctions, settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'evolution.scaling-roadmap',
    domain: 'evolution',
    title: 'Scaling roadmap',
    question: 'What is the next step when load outgrows the current design, and what triggers it?',
    docs: 'Most systems never need their imagined end state. A roadmap names the cheapest next step and the measurable threshold that triggers it (CPU, p95 latency, queue depth, users), so the team neither over-builds now nor scrambles later.',
    assumption: 'The inputs give no growth figures; the current design is scaled up, then out, with thresholds to be agreed.',
    traces: ['scalability'],
    check: (_d, m) =>
      `Each scaling step has its trigger on a dashboard with an alert at the threshold: ${listOf((m.capacity?.units ?? []).map((u) => `${u.name} at ${u.production.max} instances`)) || `load on ${services(m)}`}${durableStores(m) ? `, ${durableStores(m)} near its storage or connection limit` : ''}.`,
  },
  options: [
    {
      id: 'vertical-then-horizontal',
      title: 'Scale the current design up, then out',
      summary: 'Bigger instances and database tiers first; then more stateless instances behind the load balancer and read replicas.',
      pros: ['No architectural change for a long time', 'Each step is a configuration change'],
      cons: ['Vertical steps have a ceiling and often a restart', 'The database becomes the bottleneck eventually'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 1 },
      fits: [
        {
          when: (c) => c.v.style('monolith', 'modular-monolith'),
          weight: 3,
          because: 'a single deployable scales up and out without redesign',
        },
        { when: (c) => c.v.teamAtMost(5), weight: 2, because: 'a small team should defer architectural change' },
      ],
    },
    {
      id: 'split-at-thresholds',
      title: 'Split out services at agreed thresholds',
      summary:
        'Modules with distinct load or change rates (workers, search, real-time) are extracted into services when a named threshold is crossed.',
      pros: ['Scales the hot part only', 'Module boundaries make extraction incremental'],
      cons: ['Each split adds a network hop, a deploy and an on-call surface', 'Needs clean module boundaries now'],
      costClass: 'medium',
      complexity: 3,
      skills: ['service decomposition'],
      leans: { resilience: 1, simplicity: -1 },
      fits: [
        { when: (c) => c.v.style('modular-monolith'), weight: 4, because: 'the modular monolith was built to be split along its modules' },
        { when: (c) => c.v.usersAtLeast(100_000), weight: 2, because: 'the stated load will outgrow one deployable' },
      ],
    },
    {
      id: 'kubernetes-at-scale',
      title: 'Move to (or grow on) Kubernetes at scale',
      summary: 'Services run on a managed Kubernetes cluster with autoscaling once their number and load justify a platform.',
      pros: ['Uniform deploys, autoscaling and scheduling for many services', 'Portable across clouds and data centres'],
      cons: ["A platform team's worth of operating effort", 'Overkill for a few services'],
      costClass: 'high',
      complexity: 5,
      skills: ['Kubernetes operations'],
      leans: { resilience: 2, simplicity: -2, cost: -1 },
      fits: [
        {
          when: (c) => onKubernetes(c),
          weight: 4,
          because: 'the system already runs on Kubernetes; growth means more nodes and autoscaling',
        },
        { when: (c) => c.v.style('microservices'), weight: 2, because: 'many services benefit from one orchestrator' },
        { when: (c) => c.v.usersAtLeast(100_000), weight: 1, because: 'the stated load justifies a platform' },
        { when: (c) => settledOn(c, 'paas'), weight: -2, because: 'the PaaS already scales the services' },
      ],
    },
    {
      id: 'managed-autoscaling',
      title: 'Lean on managed autoscaling',
      summary:
        'Serverless and PaaS runtimes scale per request; the roadmap tracks their limits (concurrency, connections, cold starts) and database capacity.',
      pros: ["Scaling is the platform's job", 'Cost follows usage'],
      cons: ['Hidden limits: database connections, concurrency quotas, cold starts', 'Cost can overtake servers at sustained high load'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 1 },
      fits: [
        { when: runsFunctions, weight: 4, because: 'the runtime is serverless and scales per request' },
        { when: (c) => settledOn(c, 'paas'), weight: 3, because: 'the PaaS scales services on its own' },
      ],
    },
  ],
});
