// Decision point: which environments exist between a developer's machine and production.
import { definePoint } from '../../define-point.js';
import { settledOn } from '../../platform-family.js';
import { listOf } from '../../criteria.js';
import type { DecideContext } from '../../define-point.js';

/** The layout the inputs' own environment list gives (production and at least one other), with where they named them. */
const listed = (staging: boolean, extra: boolean) => (c: DecideContext) => {
  const envs = c.v.profile.environments ?? [];
  const ids = new Set(envs.map((e) => e.id));
  if (envs.length < 2 || !ids.has('prod') || ids.has('staging') !== staging || ids.has('qa') !== extra) return null;
  return envs.flatMap((e) => e.evidence.slice(0, 1));
};

export default definePoint({
  meta: {
    id: 'environments.layout',
    domain: 'environments',
    title: 'Environment layout',
    question: 'Which environments does a change pass through on the way to production?',
    docs: 'Each environment is a copy to pay for and keep in step. Staging catches what unit tests miss (migrations, configuration, integrations); dedicated performance and acceptance environments pay off when load or a regulated sign-off demands them; very small teams can rely on previews and a fast rollback instead of staging.',
    assumption: 'The inputs do not list environments; development, staging and production were assumed.',
    check: (_d, m) =>
      `Exactly ${listOf(m.environments.map((e) => e.name))} exist, each created from the same IaC with different parameters.`,
  },
  options: [
    {
      id: 'dev-staging-prod',
      committedWhen: listed(true, false),
      attrs: { stages: ['dev', 'staging', 'prod'] },
      title: 'Development, staging, production',
      summary: 'Changes are verified in a production-like staging environment before release.',
      pros: ['Catches migration and configuration problems before users do', 'A stable place for demos and acceptance'],
      cons: ['A second near-production environment to pay for', 'Staging drifts unless built from the same IaC'],
      costClass: 'medium',
      complexity: 2,
      skills: [],
      leans: { resilience: 1, compliance: 1 },
      fits: [
        { when: (c) => c.v.anyCompliance(), weight: 2, because: 'the compliance regime expects tested changes before production' },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 2, because: 'the availability target needs releases rehearsed first' },
      ],
    },
    {
      id: 'dev-prod',
      committedWhen: listed(false, false),
      attrs: { stages: ['dev', 'prod'] },
      title: 'Development and production (previews instead of staging)',
      summary: 'Only production is long-lived; changes are checked locally and in preview deployments.',
      pros: ['Cheapest and fastest path to production', 'No staging drift to maintain'],
      cons: ['Data migrations meet production data first', 'No stable pre-production for acceptance testing'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { cost: 2, speed: 2, simplicity: 2, resilience: -1 },
      fits: [
        { when: (c) => c.v.teamAtMost(3), weight: 3, because: 'a small team moves faster without a staging gate' },
        { when: (c) => c.v.budgetBelow(200), weight: 2, because: 'the budget does not cover a second environment' },
        { when: (c) => c.v.regulated(), weight: -4, because: 'regulated changes need a pre-production stage' },
      ],
    },
    {
      id: 'dev-staging-prod-plus',
      committedWhen: listed(true, true),
      attrs: { stages: ['dev', 'staging', 'qa', 'prod'] },
      title: 'Development, staging, production, plus performance/UAT',
      summary: 'Adds a performance-test environment and/or a user-acceptance environment with formal sign-off.',
      pros: ['Load tests without touching production or staging', 'Formal acceptance evidence for regulated releases'],
      cons: ['Highest cost and maintenance', 'Slower release flow'],
      costClass: 'high',
      complexity: 4,
      skills: ['load testing', 'release management'],
      leans: { resilience: 2, compliance: 2, cost: -2, speed: -2 },
      fits: [
        { when: (c) => c.v.regulated(), weight: 2, because: 'the regime asks for formal acceptance of releases' },
        { when: (c) => c.v.usersAtLeast(100_000), weight: 3, because: 'load at this scale has to be tested apart from staging' },
        { when: (c) => c.v.teamAtLeast(15), weight: 2, because: 'several teams need a stable shared acceptance stage' },
        { when: (c) => settledOn(c, 'paas') && c.v.teamAtMost(5), weight: -2, because: 'a small PaaS team has previews for most of this' },
      ],
    },
  ],
});
