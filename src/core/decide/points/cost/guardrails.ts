// Decision point: what stops the bill from surprising anyone.
import { largestCosts } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { onlyOn, settledOn, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'cost.guardrails',
    domain: 'cost',
    title: 'Spend guardrails',
    question: 'What warns or stops spending before it exceeds the budget?',
    docs: 'Runaway costs usually come from a loop, a leaked key or a forgotten resource. Budgets with alerts warn at thresholds; anomaly detection catches spikes that stay under the budget line; hard caps on PaaS stop spending outright, at the risk of stopping the service.',
    assumption: 'The inputs give no budget; monthly budgets with alerts at 50/80/100 % were assumed.',
    traces: ['cost'],
    check: (_d, m) =>
      `Budget alerts at 50 %, 80 % and 100 % of the monthly budget exist and reach the owning team${largestCosts(m).length ? `; the largest lines (${largestCosts(m).join(', ')}) are watched on their own` : ''}.`,
  },
  options: [
    {
      id: 'budgets-alerts',
      title: 'Budgets with threshold alerts',
      summary: 'Monthly budgets per account or environment with alerts at 50, 80 and 100 % of actual and forecast spend.',
      pros: ['Available on every cloud at no cost', 'Forecast alerts warn before the month ends'],
      cons: ['Alerts, not limits: spending continues', 'Billing data lags by hours'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 1, simplicity: 2 },
      fits: [
        { when: (c) => c.v.budgetStated(), weight: 3, because: 'the inputs state a budget to alert against' },
        { when: (c) => settledOn(c, hyperscalerFamilies), weight: 2, because: 'hyperscaler budgets are built in' },
      ],
    },
    {
      id: 'anomaly-detection',
      title: 'Cost anomaly detection',
      summary: 'Machine-learned spend baselines per service that alert on unusual spikes (native anomaly detection on the hyperscalers).',
      pros: ['Catches spikes long before a monthly budget is hit', 'Points at the service and usage type that changed'],
      cons: ['Noise on new or seasonal workloads', 'Only on hyperscalers'],
      costClass: 'free',
      complexity: 2,
      skills: [],
      leans: { cost: 2 },
      rejectIf: onlyOn(hyperscalerFamilies),
      fits: [
        {
          when: (c) => (settledOn(c, hyperscalerFamilies) ? c.v.usersAtLeast(10_000) : null),
          weight: 3,
          because: 'a larger estate has spikes a monthly budget would hide',
        },
        { when: (c) => c.v.style('microservices', 'serverless'), weight: 1, because: 'many usage-billed services make spikes likely' },
      ],
    },
    {
      id: 'hard-spend-caps',
      title: 'Hard spend caps on PaaS',
      summary: 'Spend limits on the PaaS and AI APIs that pause usage when reached, plus usage alerts below the cap.',
      pros: ['The bill cannot exceed the cap', 'Protects against abuse and runaway loops'],
      cons: ['Hitting the cap takes the service down', 'Not every platform offers a true cap'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, resilience: -1 },
      rejectIf: onlyOn('paas'),
      fits: [
        { when: (c) => settledOn(c, 'paas'), weight: 3, because: 'the PaaS offers spend limits' },
        { when: (c) => c.v.budgetBelow(500), weight: 2, because: 'the budget is small and must not be exceeded' },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: -2, because: 'a cap that stops the service breaks the availability target' },
      ],
    },
  ],
});
