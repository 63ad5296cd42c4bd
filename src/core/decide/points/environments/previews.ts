// Decision point: whether changes get their own short-lived environment before merge.
import { inline, rehearsal, services, units } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { chose, needsKubernetes, onKubernetes, PRIMARY_PLATFORM, settledOn } from '../../platform-family.js';
import { kb } from '../../../knowledge/active.js';

/** Platforms and services that build each pull request on their own: the catalogue's per-change-previews trait. */
const previewPlatforms = () => kb().withTrait('per-change-previews');

export default definePoint({
  meta: {
    id: 'environments.previews',
    domain: 'environments',
    title: 'Preview environments',
    question: 'Does each pull request get its own running environment, or do changes meet in a shared staging?',
    docs: 'Preview environments let reviewers and product owners try a change before it is merged, and keep one broken branch from blocking others. They are nearly free on front-end PaaS, cost real work on Kubernetes, and are impractical where each environment is a server.',
    assumption: 'The inputs do not mention previews; a shared staging environment was assumed.',
    check: (d, m) => `Opening a pull request creates a preview of ${units(m)} (${inline(d.choiceTitle)}) and closing it removes it.`,
  },
  options: [
    {
      id: 'per-pr-previews',
      attrs: { previews: true },
      title: 'Per-pull-request preview deployments',
      summary:
        'The platform builds every pull request to its own URL (Vercel, Netlify, Render, Railway PR environments), with a branch database where supported.',
      pros: ['Reviewers try the change, not a description of it', 'Created and removed automatically by the platform'],
      cons: ['Back-end data and third-party webhooks per preview need care', 'Preview URLs must be protected from the public'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { speed: 2, simplicity: 1 },
      rejectIf: (c) =>
        previewPlatforms().includes(c.chosen(PRIMARY_PLATFORM) ?? '') || c.v.committedAny(...previewPlatforms())
          ? null
          : 'the platform has no built-in pull-request previews',
      fits: [
        { when: (c) => c.v.committedAny(...previewPlatforms()), weight: 4, because: 'the platform creates previews per pull request' },
        { when: (c) => c.v.committedAny('nextjs'), weight: 1, because: 'the web front end deploys as previews without effort' },
      ],
    },
    {
      id: 'shared-staging',
      check: (_d, m) => `Merges to the main branch deploy ${services(m)} to ${rehearsal(m)} automatically.`,
      attrs: { previews: false },
      title: 'Shared staging only',
      summary: 'Merged changes deploy to one staging environment where they are checked together before production.',
      pros: ['One environment to run and seed', 'Tests the integrated whole, as it will ship'],
      cons: ['Changes queue for staging; one bad merge blocks others', 'No look at a change before merge'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2 },
      fits: [
        { when: (c) => settledOn(c, 'servers', 'on-prem'), weight: 3, because: 'each extra environment is another server' },
        {
          when: (c) => chose(c, 'environments.layout', 'dev-staging-prod', 'dev-staging-prod-plus') && c.v.teamAtMost(5),
          weight: 1,
          because: 'a small team shares staging without contention',
        },
      ],
    },
    {
      id: 'ephemeral-namespaces',
      attrs: { previews: true },
      title: 'Ephemeral Kubernetes namespaces per pull request',
      summary: 'The pipeline (or an Argo CD ApplicationSet) deploys each pull request into its own namespace and deletes it on merge.',
      pros: ['Full back-end previews, not just the front end', 'Reuses the production Helm charts'],
      cons: ['Cluster capacity, DNS and TLS per namespace', 'Databases and queues per preview add cost and time'],
      costClass: 'low',
      complexity: 4,
      skills: ['Kubernetes', 'pipeline automation'],
      leans: { speed: 1, simplicity: -2 },
      rejectIf: needsKubernetes,
      fits: [
        { when: (c) => onKubernetes(c), weight: 3, because: 'workloads run on Kubernetes' },
        { when: (c) => c.v.style('microservices') && c.v.teamAtLeast(6), weight: 1, because: 'several teams change services in parallel' },
      ],
    },
  ],
});
