// Decision point: who owns and operates the infrastructure.
import { definePoint } from '../../define-point.js';
import { units } from '../../criteria.js';
import { onKubernetes, settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'collaboration.ownership',
    domain: 'collaboration',
    scope: 'any',
    title: 'Infrastructure ownership',
    question: 'Do product teams run their own infrastructure, does a platform team run it for them, or is it shared with SRE?',
    docs: 'Ownership decides who gets paged, who approves changes and how fast teams move. Teams that run what they build learn from their incidents; a central platform team pays off when several teams share clusters, accounts and guardrails; shared responsibility with SRE suits strict availability targets where reliability needs its own specialists.',
    assumption: 'The inputs do not describe the organisation; the team that builds the system also runs it.',
    check: (_d, m) => `${units(m)} and every IaC module each have an owner in a CODEOWNERS file.`,
  },
  options: [
    {
      id: 'you-build-it-you-run-it',
      title: 'You build it, you run it',
      summary: 'The product team owns its infrastructure code, deploys and on-call.',
      pros: ['Fast feedback from production to the people who can fix it', 'No hand-offs or tickets'],
      cons: ['Every engineer needs operational skills', 'Duplicated effort once several teams exist'],
      costClass: 'free',
      complexity: 2,
      skills: ['operational skills in the product team'],
      leans: { speed: 2, simplicity: 1 },
      fits: [
        { when: (c) => c.v.teamAtMost(10), weight: 3, because: 'one team is the whole organisation' },
        { when: (c) => settledOn(c, 'paas'), weight: 2, because: 'the PaaS leaves little infrastructure to hand off' },
      ],
    },
    {
      id: 'central-platform-team',
      title: 'Central platform team',
      summary: 'A platform team provides clusters, accounts, pipelines and guardrails as a self-service product to application teams.',
      pros: ['Consistent security and cost controls across teams', 'Application teams focus on features'],
      cons: ['A team to staff before it pays off', 'Risk of a ticket queue if the platform is not self-service'],
      costClass: 'high',
      complexity: 4,
      skills: ['platform engineering'],
      leans: { compliance: 2, resilience: 1, speed: -1, cost: -1 },
      fits: [
        { when: (c) => c.v.teamAtLeast(30), weight: 4, because: 'several teams share the same infrastructure' },
        { when: (c) => (c.v.teamAtLeast(10) ? onKubernetes(c) : null), weight: 2, because: 'shared clusters need an owner' },
        {
          when: (c) => (c.v.teamAtLeast(10) ? c.v.multiCloud() : null),
          weight: 1,
          because: 'several platforms need one set of guardrails',
        },
      ],
    },
    {
      id: 'shared-sre',
      title: 'Shared responsibility with SRE',
      summary: 'Product teams own their services; an SRE group owns SLOs, incident management and reliability tooling, sharing on-call.',
      pros: ['Reliability expertise focused on the highest-risk parts', 'Error budgets give a shared language for release risk'],
      cons: ['Needs clear boundaries of who fixes what', 'SRE headcount is expensive'],
      costClass: 'high',
      complexity: 3,
      skills: ['SRE practices'],
      leans: { resilience: 2, cost: -1 },
      fits: [
        { when: (c) => c.v.availabilityAtLeast(99.95), weight: 3, because: 'the availability target needs reliability specialists' },
        { when: (c) => c.v.teamAtLeast(10), weight: 2, because: 'the organisation is large enough for an SRE function' },
        { when: (c) => c.v.teamAtMost(5), weight: -3, because: 'a small team cannot split off an SRE role' },
      ],
    },
  ],
});
