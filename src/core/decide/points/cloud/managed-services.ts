// Decision point: how far to lean on the provider's managed services versus portable or self-run components.
import { definePoint } from '../../define-point.js';
import { stores } from '../../criteria.js';
import { family, onKubernetes } from '../../platform-family.js';

const onServers = (f: string) => f === 'servers' || f === 'on-prem';

export default definePoint({
  meta: {
    id: 'cloud.managed-services',
    domain: 'cloud',
    title: 'Managed services policy',
    question: "Does the team use the platform's managed services, portable open-source components, or run everything itself?",
    docs: 'Managed databases, queues and caches move patching, backups and failover to the provider, which is usually the best trade for a product team. Portable open-source components on containers keep the system deployable anywhere; self-hosting everything is the only choice on owned hardware and the cheapest in money, the dearest in time.',
    assumption:
      'Nothing in the inputs constrains where components run; managed services of the chosen platform were assumed. Revisit if the system must also ship to customer environments.',
    check: (_d, m) => `The IaC inventory shows ${stores(m)} as managed services: no virtual machine runs a database, broker or cache.`,
  },
  options: [
    {
      id: 'managed-first',
      title: 'Managed services first',
      summary: "Use the platform's managed database, cache, queue, storage and identity services wherever they exist.",
      pros: ["Backups, patching and failover are the provider's job", 'Faster delivery with a small team'],
      cons: ['Deeper lock-in to provider APIs and pricing', 'Less control over versions, tuning and maintenance windows'],
      costClass: 'medium',
      complexity: 2,
      skills: ["the platform's managed services"],
      leans: { simplicity: 2, speed: 2, resilience: 1, compliance: 1, cost: -1 },
      rejectIf: (c) => (family(c) === 'on-prem' ? 'owned hardware has no provider to manage services' : null),
      fits: [
        { when: (c) => !onServers(family(c)) && !c.v.committed('on-prem'), weight: 3, because: 'the platform offers managed services' },
        { when: (c) => c.v.teamAtMost(5), weight: 3, because: 'a small team cannot also be a database operations team' },
        { when: (c) => c.v.anyCompliance(), weight: 1, because: "managed services come with the provider's attestations" },
      ],
    },
    {
      id: 'portable-open-source',
      title: 'Portable open-source components on containers',
      summary: 'Run PostgreSQL, Redis, a message broker and the application as containers or operators that deploy the same way anywhere.',
      pros: ['Same stack on any cloud, on customer clusters or on premises', 'No provider API lock-in; versions under your control'],
      cons: ['You own upgrades, backups and failover of stateful components', 'Needs Kubernetes or container operations skills'],
      costClass: 'medium',
      complexity: 4,
      skills: ['Kubernetes operators', 'Helm', 'database operations'],
      leans: { simplicity: -1, speed: -1, resilience: 0, compliance: 1, cost: 0 },
      fits: [
        {
          when: (c) =>
            c.chosen('cloud.strategy') === 'multi-cloud-portable' || c.chosen('cloud.strategy') === 'hybrid'
              ? (onKubernetes(c) ?? [])
              : null,
          weight: 7,
          because: 'the system must deploy to more than one environment',
        },
        {
          when: (c) => (c.v.clouds().length === 0 ? onKubernetes(c) : null),
          weight: 5,
          because: 'the system ships into clusters it does not own',
        },
      ],
    },
    {
      id: 'self-hosted',
      title: 'Self-hosted on servers',
      summary: 'Databases, caches and brokers run as services or Compose stacks on the same servers as the application.',
      pros: ['Lowest running cost and full control', 'Works on owned, air-gapped or customer hardware'],
      cons: ['Patching, backups, monitoring and failover are all manual work', 'Scaling means buying or renting more servers'],
      costClass: 'low',
      complexity: 4,
      skills: ['Linux administration', 'database operations', 'configuration management'],
      leans: { cost: 2, simplicity: -1, speed: -1, resilience: -1, compliance: 0 },
      rejectIf: (c) => (family(c) === 'paas' ? 'a PaaS gives no servers to install components on' : null),
      fits: [
        {
          when: (c) => (onServers(family(c)) ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 6,
          because: 'the system runs on servers it operates itself',
        },
        {
          when: (c) => c.v.committedAny('ansible', 'docker-compose', 'vms'),
          weight: 2,
          because: 'the tooling named is for managing servers',
        },
        { when: (c) => c.v.budgetBelow(100), weight: 2, because: 'the budget rules out most managed tiers' },
      ],
    },
  ],
});
