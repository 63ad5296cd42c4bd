// Decision point: how compute capacity is bought.
import { largestCosts } from '../../criteria.js';
import { definePoint, type DecideContext } from '../../define-point.js';
import { onKubernetes, onlyOn, runsFunctions, settledOn, hyperscalerFamilies } from '../../platform-family.js';

const hyperscaler = (c: DecideContext) => settledOn(c, hyperscalerFamilies);

export default definePoint({
  meta: {
    id: 'cost.pricing-model',
    domain: 'cost',
    title: 'Pricing model',
    question: 'Is capacity bought on demand, committed for a discount, on spare capacity, or as flat-priced servers?',
    docs: 'The same architecture can cost very different amounts depending on how capacity is bought. On-demand keeps options open while load is unknown; one- or three-year commitments cut steady baseline cost substantially; spot or preemptible capacity is far cheaper for interruptible batch work; flat-priced servers make the bill predictable.',
    assumption: 'The inputs give no load profile or budget; on-demand pricing was assumed until a steady baseline is measured.',
    adr: true,
    traces: ['cost'],
    check: (_d, m) =>
      `The first monthly bill matches this document's estimate within a factor of two; any larger gap is explained in a note${largestCosts(m).length ? `, the largest lines (${largestCosts(m).join(', ')}) first` : ''}.`,
  },
  options: [
    {
      id: 'on-demand',
      title: 'On-demand / pay-as-you-go',
      summary: 'Pay per hour, request or GB with no commitment; the default on every cloud and PaaS.',
      pros: ['No commitment while load and architecture are still moving', 'Serverless and PaaS scale the bill down with usage'],
      cons: ['Highest unit price for steady load', 'Bills vary month to month'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 1, cost: 0 },
      fits: [
        { when: () => true, weight: 1, because: 'no commitment before a steady baseline is measured' },
        { when: (c) => settledOn(c, 'paas'), weight: 3, because: 'the PaaS bills by usage and plan' },
        { when: runsFunctions, weight: 2, because: 'functions bill per request and idle at zero' },
        { when: (c) => c.v.usersAtMost(10_000), weight: 1, because: 'load is small and not yet steady' },
      ],
    },
    {
      id: 'committed-use',
      title: 'Committed use (savings plans, reservations, CUDs)',
      summary: 'One- or three-year spend or capacity commitments for the steady baseline, on-demand above it.',
      pros: ['Large discounts on the baseline that always runs', 'Applies across instance families with savings plans'],
      cons: ['Paying for the commitment even if the architecture changes', 'Needs a measured baseline first'],
      costClass: 'low',
      complexity: 2,
      skills: ['cloud cost management'],
      leans: { cost: 2, speed: -1 },
      rejectIf: onlyOn(hyperscalerFamilies),
      fits: [
        {
          when: (c) => (hyperscaler(c) ? c.v.usersAtLeast(10_000) : null),
          weight: 3,
          because: 'a steady user base on a hyperscaler has a baseline worth committing',
        },
        {
          when: (c) => (hyperscaler(c) ? c.v.availabilityAtLeast(99.9) : null),
          weight: 1,
          because: 'always-on redundant capacity is a fixed baseline',
        },
      ],
    },
    {
      id: 'spot-for-batch',
      title: 'Spot / preemptible capacity for batch and workers',
      summary: 'Interruptible capacity for batch jobs, CI runners and stateless workers; on-demand for the serving path.',
      pros: ['Large discounts on interruptible work', 'Kubernetes node pools and batch services handle interruptions'],
      cons: ['Capacity can vanish with short notice', 'Only for work that checkpoints or retries'],
      costClass: 'low',
      complexity: 3,
      skills: ['interruption handling'],
      leans: { cost: 2, resilience: -1 },
      rejectIf: onlyOn(hyperscalerFamilies),
      fits: [
        {
          when: (c) => (hyperscaler(c) ? onKubernetes(c) : null),
          weight: 1,
          because: 'spot node pools sit beside on-demand ones in the cluster',
        },
        {
          when: (c) => (hyperscaler(c) ? c.v.committedAny('kafka', 'sqs', 'pubsub', 'rabbitmq') : null),
          weight: 1,
          because: 'queue-driven workers retry interrupted work',
        },
      ],
    },
    {
      id: 'flat-priced-servers',
      title: 'Flat-priced servers / owned capacity',
      summary: 'Fixed monthly servers (VPS, dedicated) or owned hardware, sized for peak with headroom.',
      pros: ['Predictable bill; bandwidth usually included', 'Lowest unit price for steady load'],
      cons: ['Paying for peak capacity all the time', 'Scaling means resizing or adding servers by hand'],
      costClass: 'low',
      complexity: 2,
      skills: ['capacity planning'],
      leans: { cost: 2, simplicity: 1 },
      fits: [
        { when: (c) => settledOn(c, 'servers', 'on-prem'), weight: 5, because: 'the platform sells or owns servers at a flat price' },
        { when: (c) => c.v.budgetBelow(100), weight: 1, because: 'a very small budget needs a predictable bill' },
      ],
    },
  ],
});
