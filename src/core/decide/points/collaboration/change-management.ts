// Decision point: how infrastructure changes are reviewed and approved.
import { pipelineTool, prod, services } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'collaboration.change-management',
    domain: 'collaboration',
    scope: 'any',
    title: 'Infrastructure change management',
    question: 'How is an infrastructure change proposed, reviewed and approved?',
    docs: 'Most outages start with a change. Reviewing every infrastructure change as a pull request with the plan output attached catches most mistakes and leaves an audit trail; a change advisory board adds a formal risk review that some regulators still expect; trunk-based development with strong automated checks keeps small teams fast.',
    assumption:
      'The inputs do not describe change control; pull-request review of every infrastructure change with plan output was assumed.',
    check: (_d, m) =>
      `The last ten changes to ${services(m)} in ${prod(m)} each link to a reviewed pull request and a green ${pipelineTool(m)} run.`,
  },
  options: [
    {
      id: 'pr-review-with-plan',
      title: 'Pull-request review of all infrastructure changes with plan output',
      summary: 'Every infrastructure change is a pull request; CI posts the plan or diff, a second person approves, the pipeline applies.',
      pros: ['The reviewer sees exactly what will change', 'Git history is the change log auditors can sample'],
      cons: ['Needs the discipline of no console changes', 'Plans of large changes are hard to read'],
      costClass: 'free',
      complexity: 2,
      skills: ['infrastructure as code'],
      leans: { compliance: 1, resilience: 1 },
      fits: [
        {
          when: (c) => c.v.committedAny('terraform', 'opentofu', 'pulumi', 'cdk', 'cloudformation', 'bicep', 'ansible', 'helm'),
          weight: 3,
          because: 'the infrastructure is code that produces a reviewable plan',
        },
        {
          when: (c) => c.v.compliance('soc2', 'iso27001', 'hipaa', 'gdpr'),
          weight: 2,
          because: 'peer-reviewed, recorded changes satisfy the change-control control',
        },
      ],
    },
    {
      id: 'change-advisory',
      title: 'Change advisory for production',
      summary:
        'Production changes are raised as change records with risk, rollback and test evidence, and approved by a change advisory board or a delegated approver.',
      pros: ['Formal risk review and separation of duties', 'Meets traditional regulator expectations'],
      cons: ['Slows every release; pushes teams to batch changes', 'Approvers rarely have the context reviewers have'],
      costClass: 'medium',
      complexity: 4,
      skills: ['ITSM process'],
      leans: { compliance: 2, speed: -2, simplicity: -2 },
      fits: [
        {
          when: (c) => c.v.compliance('pci-dss', 'fedramp', 'fisma', 'dora'),
          weight: 3,
          because: 'the regime expects formal change approval for production',
        },
        { when: (c) => c.v.teamAtLeast(30), weight: 1, because: 'many teams change shared systems' },
      ],
    },
    {
      id: 'trunk-based-automated',
      title: 'Trunk-based with automated checks',
      summary: 'Small changes merge to main behind automated validation (lint, policy-as-code, plan checks) and deploy continuously.',
      pros: ['Fast flow with small, low-risk changes', 'Policy checks catch the classes of mistakes people miss'],
      cons: ['Relies on the quality of the automated checks', 'Thin evidence for separation of duties'],
      costClass: 'free',
      complexity: 2,
      skills: ['policy as code'],
      leans: { speed: 2, simplicity: 1, compliance: -1 },
      fits: [
        { when: (c) => c.v.teamAtMost(3), weight: 3, because: 'a team this small cannot always find a second reviewer' },
        {
          when: (c) => (c.v.anyCompliance() ? null : settledOn(c, 'paas')),
          weight: 2,
          because: 'little infrastructure to review and no compliance regime',
        },
        { when: (c) => c.v.regulated(), weight: -3, because: 'regulated changes need an approval record' },
      ],
    },
  ],
});
