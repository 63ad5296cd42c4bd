// Decision point: who responds when production breaks, and when.
import { prod, services } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'collaboration.support-model',
    domain: 'collaboration',
    scope: 'any',
    title: 'Operational support model',
    question: 'Who responds to production incidents, and in which hours?',
    docs: 'The support model is the human side of the availability target and the RTO: a 99.9 % target allows about 43 minutes of downtime a month, which nobody meets if incidents wait for office hours. Runbooks make any responder effective; vendor support covers what the team cannot.',
    assumption: 'The inputs set no response expectation; business-hours support with escalation was assumed.',
    traces: ['team'],
    check: (d, m) =>
      `A test alert about ${services(m)} in ${prod(m)} reaches whoever is on call under ${d.choiceTitle.toLowerCase()}, and they acknowledge it.`,
  },
  options: [
    {
      id: 'business-hours',
      title: 'Business-hours support with escalation',
      summary: 'Incidents handled in working hours; critical alerts escalate to a named person out of hours on a best-effort basis.',
      pros: ['No rota cost', 'Fits internal tools and early products'],
      cons: ['Night and weekend outages last longer', 'Best-effort escalation depends on goodwill'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, resilience: -1 },
      fits: [
        { when: (c) => c.v.availabilityBelow(99.9), weight: 2, because: 'the availability target allows hours of downtime a month' },
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'the team is too small for a rotation' },
      ],
    },
    {
      id: 'on-call-rotation',
      title: 'On-call rotation with runbooks',
      summary: 'A paid rotation responds around the clock, guided by runbooks linked from each alert, with post-incident reviews.',
      pros: ['Meets tight availability targets and RTOs', 'Runbooks spread knowledge beyond the original authors'],
      cons: ['Needs enough people for a humane rotation (typically five or more)', 'On-call compensation and burnout risk'],
      costClass: 'medium',
      complexity: 3,
      skills: ['incident response'],
      leans: { resilience: 2, cost: -1 },
      fits: [
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 3, because: 'the availability target cannot wait for office hours' },
        { when: (c) => c.v.rtoAtMost(60), weight: 2, because: 'the RTO needs a responder at any hour' },
        { when: (c) => c.v.teamAtMost(2), weight: -3, because: 'one or two people cannot sustain a rotation' },
      ],
    },
    {
      id: 'vendor-managed',
      title: 'Vendor-managed support',
      summary:
        "A managed-service provider or the platform's support plan handles infrastructure incidents; the team handles the application.",
      pros: ['Round-the-clock cover without building a rota', 'Specialists for the platform layer'],
      cons: ["Response depends on the contract and the vendor's priorities", 'Application incidents still need the team'],
      costClass: 'medium',
      complexity: 2,
      skills: ['vendor management'],
      leans: { resilience: 1, cost: -1, simplicity: 1 },
      fits: [
        {
          when: (c) => (c.v.teamAtMost(3) ? c.v.availabilityAtLeast(99.9) : null),
          weight: 3,
          because: 'the target needs round-the-clock cover the team cannot staff',
        },
        { when: (c) => settledOn(c, 'paas'), weight: 1, because: 'the platform already operates the infrastructure layer' },
      ],
    },
  ],
});
