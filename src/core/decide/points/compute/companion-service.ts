// Decision point (release): the small service a team shipping software still runs (update feed, licence server, docs site).
import { definePoint } from '../../define-point.js';
import { companionService } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'compute.companion-service',
    domain: 'compute',
    scope: 'release',
    title: 'Services the team runs beside the product',
    question: 'Which small service does the team itself run for the shipped product (update feed, licence server, docs site), and where?',
    docs: 'A product users install still leans on something the team hosts: an update feed, licence activation, a documentation site, a download page. It is small but on the critical path: if the licence server is down, paying users are locked out. It should be the least infrastructure that does the job.',
    assumption: 'The inputs name no service the team runs for the product; none is modelled.',
    check: (d) =>
      d.attributes?.none
        ? null
        : `${d.choiceTitle} answers its health check, and the product keeps working for a grace period while it is down.`,
    needs: { what: 'a service the team runs for the shipped product', when: companionService },
  },
  options: [
    {
      id: 'none',
      title: 'None beyond the forge',
      summary: 'Release assets, notes and docs live on the code forge (GitHub Releases, Pages); the team runs no server.',
      pros: ['Nothing to run, patch or pay for', 'Nothing that can lock users out'],
      cons: ['No licence checks or update feed of its own', 'Docs and downloads follow the forge’s limits'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2 },
      fits: [],
      attrs: { none: true },
    },
    {
      id: 'static-site-feed',
      title: 'Static site and update feed',
      summary: 'Docs, download pages and a signed update feed published as static files to object storage behind a CDN or a static host.',
      pros: ['Cents a month and nothing to patch', 'Survives traffic spikes after a release'],
      cons: ['No server logic: licences need another answer', 'The feed signing key must stay out of the bucket'],
      costClass: 'free',
      complexity: 1,
      skills: ['static hosting'],
      leans: { simplicity: 2, cost: 2, resilience: 1 },
      fits: [{ when: companionService, weight: 2, because: 'the inputs name a feed or site the team publishes' }],
      attrs: { hosting: 'platform' },
    },
    {
      id: 'small-managed-service',
      title: 'Small service on a managed platform',
      summary:
        'A licence or activation API as one small service on a PaaS or serverless functions, with a managed database and uptime monitoring.',
      pros: ['Server logic where it is needed (licences, entitlements)', 'The platform patches and scales it'],
      cons: ['A monthly bill and an on-call path for something users depend on', 'Its outage can lock users out: design a grace period'],
      costClass: 'low',
      complexity: 2,
      skills: ['the platform’s deployment model'],
      leans: { resilience: 1 },
      fits: [
        {
          when: (c) => c.v.states(/\b(?:licen[cs]e (?:server|service|activation)|activation server)\b/i),
          weight: 4,
          because: 'a licence service needs server logic',
        },
      ],
      attrs: { hosting: 'platform' },
    },
  ],
});
