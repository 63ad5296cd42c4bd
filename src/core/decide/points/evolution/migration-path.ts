// Decision point: whether and when the system should move platforms.
import { runsOn } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { onlyOn, settledOn, shipsContainers, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'evolution.migration-path',
    domain: 'evolution',
    title: 'Platform migration path',
    question: 'Is the current platform the long-term home, and if not, what keeps the move cheap?',
    docs: "Platforms that suit a launch can become limiting with scale, compliance or price. Naming the likely move early (and the triggers for it) shapes today's choices: containers and IaC keep a later migration mechanical, platform-specific features make it a rewrite.",
    assumption:
      'The inputs do not discuss migration; the path follows the platform and runtime chosen here. Confirm whether a platform move is expected.',
    check: (_d, m) => `Each planned migration has an owner and an ADR stub naming its trigger and which of ${runsOn(m)} it moves.`,
  },
  options: [
    {
      id: 'paas-then-hyperscaler',
      title: 'Stay on PaaS, then migrate to a hyperscaler at named triggers',
      summary:
        'Launch on the PaaS; move to AWS, Azure or Google Cloud when compliance, cost or limits demand it (e.g. a SOC 2 or PCI audit, sustained spend, network control).',
      pros: ['Fast start now, with the exit planned', 'Triggers make the move a decision, not a crisis'],
      cons: ['A migration project later, with data moves and downtime planning', 'PaaS-specific features used now add migration work'],
      costClass: 'low',
      complexity: 2,
      skills: [],
      leans: { speed: 2, simplicity: 1 },
      rejectIf: onlyOn('paas'),
      fits: [
        { when: (c) => settledOn(c, 'paas'), weight: 3, because: 'the system starts on PaaS' },
        {
          when: (c) => (settledOn(c, 'paas') ? c.v.audited() : null),
          weight: 2,
          because: 'the compliance regime will push towards hyperscaler controls',
        },
        {
          when: (c) => (settledOn(c, 'paas') ? c.v.usersAtLeast(100_000) : null),
          weight: 2,
          because: 'the stated scale will outgrow PaaS pricing',
        },
      ],
    },
    {
      id: 'stay-on-platform',
      title: 'Stay on the current platform',
      summary: 'The chosen platform is the long-term home; evolution happens inside it.',
      pros: ['No migration cost or risk', 'Depth of platform knowledge builds up'],
      cons: ['Leverage in price negotiations is lower', 'Platform limits become yours'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 1 },
      fits: [
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: 3,
          because: 'a hyperscaler covers the growth path',
        },
        { when: (c) => settledOn(c, 'on-prem'), weight: 3, because: 'the deployment target is set by where customers run it' },
      ],
    },
    {
      id: 'containerise-now',
      title: 'Containerise now to stay portable',
      summary:
        'Every service ships as an OCI image with IaC, so it can move between PaaS, cloud container services and Kubernetes without rewrites.',
      pros: ['A later move is redeployment, not re-engineering', 'Same image in development, CI and production'],
      cons: ['Image builds and scanning from day one', 'Some PaaS conveniences (buildpacks, functions) forgone'],
      costClass: 'free',
      complexity: 2,
      skills: ['Docker'],
      leans: { resilience: 1 },
      fits: [
        { when: shipsContainers, weight: 3, because: 'the services are containers already' },
        { when: (c) => c.v.multiCloud(), weight: 3, because: 'the system must run on several platforms' },
        { when: (c) => c.v.committed('on-prem'), weight: 1, because: 'customer installations need a portable artefact' },
      ],
    },
  ],
});
