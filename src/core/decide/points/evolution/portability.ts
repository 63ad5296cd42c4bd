// Decision point: how much the design leans on one provider's services.
import { runsOn } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { runsFunctions, settledOn, shipsContainers } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'evolution.portability',
    domain: 'evolution',
    title: 'Portability stance',
    question: "Use the provider's managed services fully, keep to portable building blocks, or abstract the provider away?",
    docs: 'Managed services remove operating work and tie the design to a provider; portable containers and IaC modules keep a move possible at some loss of convenience; abstraction layers make multi-cloud real but slow everyone down. The right stance follows from whether the inputs need more than one platform.',
    assumption: 'The inputs do not state a portability requirement; the stance follows the platform and runtime chosen here.',
    check: (_d, m) => `The services that tie the system to its provider (${runsOn(m)}) are listed in an ADR, each with its exit path.`,
  },
  options: [
    {
      id: 'embrace-provider',
      title: "Embrace the provider's managed services",
      summary: 'Use managed databases, queues, functions and identity of the chosen platform wherever they remove operational work.',
      pros: ['Least to operate; fastest delivery', 'Provider handles patching, scaling and availability'],
      cons: ['Leaving means rewriting integrations', 'Pricing and limits are set by the provider'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 2 },
      fits: [
        {
          when: (c) => (c.v.multiCloud() ? null : settledOn(c, 'aws', 'azure', 'gcp', 'paas')),
          weight: 3,
          because: 'the inputs commit to one platform',
        },
        { when: runsFunctions, weight: 2, because: 'a serverless design is built from provider services' },
        { when: (c) => c.v.multiCloud(), weight: -4, because: 'the system must run on several platforms' },
      ],
    },
    {
      id: 'portable-building-blocks',
      title: 'Portable containers and IaC modules',
      summary:
        'Containers, open protocols (PostgreSQL, Redis, S3 API, OIDC) and IaC modules per environment; managed services only behind standard interfaces.',
      pros: ['A move or a second platform is mostly new IaC, not new code', 'Open-source equivalents exist for every part'],
      cons: ['Forgoes some provider-only features', 'More to configure than the native path'],
      costClass: 'low',
      complexity: 2,
      skills: ['Docker', 'infrastructure as code'],
      leans: { resilience: 1 },
      fits: [
        { when: (c) => c.v.multiCloud(), weight: 4, because: 'the system must run on several platforms' },
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 3, because: 'self-run servers already rely on portable parts' },
        { when: shipsContainers, weight: 2, because: 'the services ship as containers' },
      ],
    },
    {
      id: 'abstraction-layers',
      alsoMatches: ['crossplane'],
      title: 'Abstraction layers over providers',
      summary:
        'The code talks to internal interfaces (storage, queue, identity) with one adapter per provider, or a cross-cloud control plane such as Crossplane.',
      pros: ['Switching providers is an adapter, not a rewrite', 'Enables genuine multi-cloud deployment'],
      cons: ['Lowest common denominator features', 'Significant build and test effort for every adapter'],
      costClass: 'medium',
      complexity: 4,
      skills: ['platform engineering'],
      leans: { resilience: 1, simplicity: -2, speed: -2 },
      fits: [
        {
          when: (c) => (c.v.hyperscalers().length >= 2 ? c.v.multiCloud() : null),
          weight: 3,
          because: 'the inputs name several hyperscalers to run on',
        },
      ],
    },
  ],
});
