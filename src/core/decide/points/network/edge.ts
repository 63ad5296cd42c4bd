// Decision point: the content delivery and edge layer in front of the system.
import { definePoint } from '../../define-point.js';
import { listOf, units } from '../../criteria.js';
import { family, needsProviderOf, onlyOn, needsPlatform } from '../../platform-family.js';

const isFamily = (f: string) => (c: Parameters<typeof family>[0]) =>
  family(c) === f ? (c.v.profile.cloudProviders.find((x) => x.id === c.chosen('cloud.primary-platform'))?.evidence ?? []) : null;

export default definePoint({
  meta: {
    id: 'network.edge',
    domain: 'network',
    title: 'Edge and CDN',
    question: 'What sits at the edge: which CDN caches static content and absorbs attacks before traffic reaches the origin?',
    docs: "An edge network serves static assets close to users, terminates TLS, absorbs volumetric DDoS and is where a WAF and bot rules run. The provider's own CDN integrates best with its origins and certificates; a neutral edge such as Cloudflare fronts any origin; PaaS hosts bundle one; internal systems may need none.",
    assumption: 'The inputs name no CDN; the edge native to the chosen platform was assumed.',
    traces: ['performance'],
    check: (d, m) =>
      `Static assets of ${listOf(m.compute.filter((c) => c.role === 'frontend' || c.role === 'edge').map((c) => c.name)) || units(m)} answer with a cache-hit header from ${d.choiceTitle}, and the hit ratio is on a dashboard.`,
  },
  options: [
    {
      id: 'platform-edge',
      title: "The hosting platform's built-in edge",
      summary:
        "Static assets and functions are served from the PaaS's own global edge network (as on Vercel or Netlify), with TLS and caching managed for you.",
      pros: ['Zero configuration: every deploy is cached and invalidated automatically', 'Edge functions and image optimisation included'],
      cons: ['Caching and security rules are limited to what the platform exposes', 'Bandwidth beyond the plan is billed at a premium'],
      costClass: 'free',
      complexity: 1,
      skills: ['cache headers'],
      leans: { simplicity: 2, speed: 2, cost: 1, resilience: 1, compliance: -1 },
      rejectIf: onlyOn('paas'),
      fits: [{ when: isFamily('paas'), weight: 6, because: 'the platform serves traffic from its own edge' }],
    },
    {
      id: 'cloudfront',
      alsoMatches: ['cloudfront-functions'],
      title: 'Amazon CloudFront',
      summary:
        'AWS CDN in front of S3, load balancers or API Gateway, with ACM certificates, Origin Access Control and CloudFront Functions.',
      pros: ['Private S3 origins through Origin Access Control', 'AWS WAF and Shield attach directly'],
      cons: ['Distribution changes take minutes to propagate', 'Data-transfer pricing is complex across price classes'],
      costClass: 'low',
      complexity: 2,
      skills: ['CloudFront behaviours and cache policies'],
      leans: { resilience: 1, speed: 1, cost: 0, simplicity: 0, compliance: 1 },
      rejectIf: needsProviderOf('cloudfront'),
      fits: [{ when: isFamily('aws'), weight: 5, because: 'the origin runs on AWS' }],
    },
    {
      id: 'cloudflare',
      alsoMatches: ['cloudflare-pages', 'cloudflare-workers'],
      title: 'Cloudflare',
      summary: 'Reverse-proxy CDN in front of any origin, with DNS, DDoS protection, WAF rules and Workers at the edge.',
      pros: ['Generous free and low tiers with unmetered DDoS protection', 'Works in front of any host, including servers and PaaS'],
      cons: ['Another vendor in the path of every request', 'Advanced WAF, bot and logging features need paid plans'],
      costClass: 'low',
      complexity: 2,
      skills: ['DNS', 'Cloudflare rules'],
      leans: { cost: 2, resilience: 1, speed: 1, simplicity: 1, compliance: 0 },
      rejectIf: (c) => (family(c) === 'on-prem' ? "customer-operated hardware sits behind the customer's own perimeter" : null),
      fits: [
        { when: isFamily('servers'), weight: 4, because: 'plain servers need an edge for TLS, caching and DDoS absorption' },
        { when: (c) => c.v.budgetBelow(200), weight: 1, because: 'the free tier covers a small system' },
        {
          when: (c) => (c.chosen('cloud.strategy') === 'multi-cloud-portable' && c.v.clouds().length ? [] : null),
          weight: 6,
          because: 'a provider-neutral edge fronts every cloud the system deploys to',
        },
      ],
    },
    {
      id: 'azure-front-door',
      title: 'Azure Front Door',
      summary: 'Azure global entry point: CDN, TLS, global load balancing and WAF policy in one service.',
      pros: ['Global failover between regional origins', 'Private Link to origins in the Premium tier'],
      cons: ['Premium tier is needed for private origins and managed WAF rules', 'Configuration changes can take a while to roll out'],
      costClass: 'medium',
      complexity: 2,
      skills: ['Front Door routing rules'],
      leans: { resilience: 2, compliance: 1, cost: -1, simplicity: 0, speed: 0 },
      rejectIf: needsProviderOf('azure-front-door'),
      fits: [{ when: isFamily('azure'), weight: 5, because: 'the origin runs on Azure' }],
    },
    {
      id: 'cloud-cdn',
      title: 'Google Cloud CDN on the external load balancer',
      summary: "Google's CDN enabled on the global external Application Load Balancer, in front of Cloud Run, buckets or instance groups.",
      pros: ['One anycast IP and Google-managed certificates', 'Cloud Armor attaches to the same load balancer'],
      cons: ['Needs the global load balancer (a fixed monthly charge)', 'Fewer edge features than a dedicated CDN'],
      costClass: 'low',
      complexity: 2,
      skills: ['Google load balancing', 'serverless network endpoint groups'],
      leans: { resilience: 1, compliance: 1, cost: 0, simplicity: 0, speed: 0 },
      rejectIf: needsPlatform('gcp'),
      fits: [{ when: isFamily('gcp'), weight: 5, because: 'the origin runs on Google Cloud' }],
    },
    {
      id: 'none',
      check: (_d, m) => `Requests reach ${units(m)} directly over HTTPS; no CDN appears in the IaC or in the DNS records.`,
      attrs: { none: true },
      title: 'No CDN',
      summary: 'Traffic goes straight to the ingress; suitable for internal, intranet or customer-hosted deployments.',
      pros: ['No extra vendor, cost or cache to invalidate', "Keeps all traffic inside the organisation's perimeter"],
      cons: ['No protection against volumetric attacks', 'Users far from the origin see higher latency'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, resilience: -1, compliance: 0, speed: 1 },
      fits: [
        { when: isFamily('on-prem'), weight: 6, because: 'the system runs on owned or customer hardware behind its perimeter' },
        {
          when: (c) => (c.v.clouds().length === 0 ? c.v.committedAny('kubernetes', 'helm') : null),
          weight: 4,
          because: 'the system ships into clusters whose edge belongs to the operator',
        },
        {
          when: (c) => (['cloudkit', 'firebase', 'convex', 'supabase'].includes(c.chosen('cloud.primary-platform') ?? '') ? [] : null),
          weight: 7,
          because: 'clients talk to a backend service; there is no web origin to cache',
        },
      ],
    },
  ],
});
