// Decision point: how non-production environments are kept cheap.
import { definePoint } from '../../define-point.js';
import { listOf, services } from '../../criteria.js';
import { onKubernetes, runsFunctions, settledOn, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'cost.non-prod-savings',
    domain: 'cost',
    title: 'Non-production savings',
    question: 'How are development, staging and preview environments kept from costing as much as production?',
    docs: 'Non-production environments often cost as much as production while idling nights and weekends. Scaling them to zero on a schedule, sharing one environment, or creating short-lived previews per change are the usual levers; which one fits depends on the platform and the team.',
    assumption: 'The inputs do not say; scheduled scale-down of non-production was assumed.',
    traces: ['cost'],
    check: (_d, m) =>
      `${services(m)} in ${listOf(m.environments.filter((e) => e.id !== 'local' && e.promotesTo).map((e) => e.name)) || 'non-production environments'} scale down outside working hours; the bill for a weekend shows it.`,
  },
  options: [
    {
      id: 'scale-to-zero-schedules',
      title: 'Scale to zero or schedules for non-production',
      summary: 'Non-production compute scales to zero when idle or is stopped outside working hours; databases use the smallest tier.',
      pros: ['Cuts non-production compute by well over half', 'Keeps environments shaped like production'],
      cons: ['Cold starts in the morning', 'Schedules need exceptions for late work and time zones'],
      costClass: 'free',
      complexity: 2,
      skills: ['scheduling automation'],
      leans: { cost: 2 },
      attrs: { scaling: 'scheduled' },
      fits: [
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: 3,
          because: 'hyperscaler resources can be stopped or scaled down on a schedule',
        },
        { when: runsFunctions, weight: 2, because: 'functions already scale to zero when idle' },
      ],
    },
    {
      id: 'shared-non-prod',
      title: 'One shared non-production environment',
      summary: 'A single staging environment shared by the team instead of one per developer or feature.',
      pros: ['Only one extra environment to pay for and maintain', 'Simple mental model for a small team'],
      cons: ['Contention: one broken change blocks everyone', 'Hard to test risky changes in isolation'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2 },
      fits: [
        { when: (c) => settledOn(c, 'servers', 'on-prem'), weight: 3, because: 'each environment is another server to run' },
        { when: (c) => c.v.teamAtMost(5), weight: 2, because: 'a small team rarely collides on one staging environment' },
        { when: (c) => c.v.budgetBelow(200), weight: 2, because: 'the budget leaves room for one extra environment at most' },
      ],
    },
    {
      id: 'ephemeral-previews',
      title: 'Ephemeral previews torn down after merge',
      summary: 'Short-lived environments per pull request, destroyed on merge or after a time-to-live.',
      pros: ['Each change tested in isolation', 'Nothing idles: previews exist only while in review'],
      cons: ['Data seeding and external integrations per preview', 'Leaked previews cost money without a reaper'],
      costClass: 'low',
      complexity: 3,
      skills: ['automation of environment lifecycle'],
      leans: { speed: 2, cost: 1 },
      fits: [
        {
          when: (c) => c.v.committedAny('vercel', 'netlify', 'render', 'railway'),
          weight: 4,
          because: 'the platform creates and removes previews per pull request itself',
        },
        { when: (c) => onKubernetes(c), weight: 1, because: 'a namespace per pull request is cheap on a shared cluster' },
      ],
    },
  ],
});
