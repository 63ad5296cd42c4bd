// Decision point: how the bill is attributed to services, environments and customers.
import { runsOn } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { settledOn, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'cost.allocation',
    domain: 'cost',
    title: 'Cost allocation',
    question: 'How is spend attributed to services, environments and (if any) tenants?',
    docs: 'Costs nobody owns keep growing. Tagging every resource by service and environment makes the bill readable and drives budgets per owner; per-tenant metering shows unit economics for multi-tenant products; a single undivided bill is fine while one team pays for a small estate.',
    assumption: 'The inputs do not say how costs are attributed; tags per service and environment were assumed.',
    check: (_d, m) => `Every resource of ${runsOn(m)} carries service and environment tags; the untagged share of the bill is under 5 %.`,
  },
  options: [
    {
      id: 'tags-per-service',
      title: 'Tags / labels per service and environment',
      summary: 'Mandatory tags (service, environment, owner) enforced in IaC and policy; cost reports grouped by them.',
      pros: ['Bill readable per service and environment', 'Enforceable in code review and by policy'],
      cons: ['Untaggable costs (shared networking, support) need a split rule', 'Discipline decays without enforcement'],
      costClass: 'free',
      complexity: 2,
      skills: ['tagging policy'],
      leans: { cost: 1, compliance: 1 },
      fits: [
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: 3,
          because: 'hyperscaler cost tools group spend by tags and labels',
        },
        { when: (c) => c.v.style('microservices'), weight: 1, because: 'many services need per-service spend' },
      ],
    },
    {
      id: 'per-tenant-metering',
      title: 'Per-tenant metering',
      summary: 'Usage (requests, storage, jobs, tokens) recorded per tenant and joined with the bill to show cost per customer.',
      pros: ['Unit economics per customer and plan', 'Grounds pricing and fair-use limits in data'],
      cons: ['Instrumentation in the application and a data pipeline to build', 'Shared infrastructure needs allocation rules'],
      costClass: 'low',
      complexity: 4,
      skills: ['usage metering', 'data pipelines'],
      leans: { cost: 2, simplicity: -2 },
      fits: [
        { when: (c) => c.v.tenants(), weight: 5, because: 'a multi-tenant product needs cost per tenant' },
        {
          when: (c) => c.v.committedAny('openai', 'anthropic', 'bedrock', 'vertex-ai'),
          weight: 1,
          because: 'per-call AI costs vary widely between customers',
        },
      ],
    },
    {
      id: 'single-bill',
      check: (_d, m) => `The monthly invoice is read as a whole each month; ${runsOn(m)} appear on it as separate lines.`,
      title: 'Single bill, no allocation',
      summary: 'One account and one invoice reviewed monthly as a whole.',
      pros: ['No tagging effort', 'Perfectly adequate for a small estate with one owner'],
      cons: ['No view of which service or environment drives growth', 'Hard to split later without tags'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2 },
      fits: [
        { when: (c) => c.v.teamAtMost(3), weight: 3, because: 'one small team owns the whole bill' },
        {
          when: (c) => settledOn(c, 'paas', 'servers', 'on-prem'),
          weight: 2,
          because: 'a handful of PaaS services or servers are itemised on the invoice anyway',
        },
        { when: (c) => c.v.budgetBelow(500), weight: 1, because: 'the bill is small' },
      ],
    },
  ],
});
