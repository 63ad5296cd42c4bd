// Decision point: how services reach databases and each other without exposing them to the internet.
import { definePoint, type DecideContext } from '../../define-point.js';
import { services, stores } from '../../criteria.js';
import { PAAS } from '../../profile-view.js';
import { family, onKubernetes, onlyOn, onlyOnAny, hyperscalerFamilies } from '../../platform-family.js';

const paasVendors = (c: DecideContext) => c.v.clouds().filter((x) => PAAS.includes(x));
const primaryEvidence = (c: DecideContext) =>
  c.v.profile.cloudProviders.find((x) => x.id === c.chosen('cloud.primary-platform'))?.evidence ?? [];

export default definePoint({
  meta: {
    id: 'network.private-connectivity',
    domain: 'network',
    title: 'Private connectivity to data and services',
    question: 'How do the application, its databases and third-party services reach each other privately?',
    docs: "A database reachable from the internet is one leaked password away from a breach. Hyperscalers offer private endpoints so traffic to managed services never leaves the provider's network; PaaS platforms offer a private network between services of one project; servers across sites need a VPN; and where vendors differ, the fallback is TLS plus strong authentication and IP allow-lists.",
    assumption: 'The inputs do not say how services reach the database; the private path native to the platform was assumed.',
    check: (_d, m) =>
      `From ${services(m)}, every data store (${stores(m)}) resolves to a private address; the flow logs show no traffic to them over the internet.`,
  },
  options: [
    {
      id: 'private-endpoints',
      title: 'Private endpoints to managed services',
      summary:
        'Managed databases, caches, storage and secrets are reached through private endpoints (PrivateLink, Private Service Connect, Azure Private Endpoint) inside the virtual network; public access is disabled.',
      pros: ['Data services have no public address at all', 'Satisfies the "no public database" controls of most audits'],
      cons: ['Per-endpoint hourly charges and private DNS zones to manage', 'Local debugging needs a bastion or VPN'],
      costClass: 'medium',
      complexity: 3,
      skills: ['private DNS', 'cloud networking'],
      leans: { compliance: 2, resilience: 0, simplicity: -1, cost: -1, speed: 0 },
      rejectIf: (c) =>
        onlyOnAny(hyperscalerFamilies)(c) ??
        (c.chosen('network.topology') === 'serverless-no-vpc' ? 'the design has no virtual network to put endpoints in' : null),
      fits: [
        {
          when: (c) =>
            c.chosen('network.topology') === 'tiered-virtual-network' || c.chosen('network.topology') === 'hub-and-spoke' ? [] : null,
          weight: 5,
          because: 'the workloads run in a private virtual network',
        },
        {
          when: (c) => c.v.compliance('hipaa', 'pci-dss', 'fedramp', 'soc2', 'iso27001'),
          weight: 2,
          because: 'the compliance regime expects data paths off the internet',
        },
      ],
    },
    {
      id: 'platform-private-network',
      title: "The platform's private service network",
      summary:
        "Services talk over the platform's internal network (Railway private networking, Render private services, Fly.io 6PN, or cluster-internal Kubernetes services); only the web entry point is public.",
      pros: ['Free, and no configuration beyond internal host names', 'Databases on the platform need no public port'],
      cons: ['Only covers services inside that one platform', 'Little visibility into or control over the traffic'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, compliance: 0, resilience: 0, speed: 2 },
      rejectIf: (c) =>
        onKubernetes(c)
          ? null
          : (onlyOn('paas')(c) ??
            (['railway', 'render', 'fly-io', 'heroku'].includes(c.chosen('cloud.primary-platform') ?? '')
              ? null
              : 'the platform offers no private network between services')),
      fits: [
        {
          when: (c) => (family(c) === 'kubernetes' ? onKubernetes(c) : null),
          weight: 5,
          because: 'services reach each other through cluster-internal addresses',
        },
        { when: (c) => (family(c) === 'paas' ? primaryEvidence(c) : null), weight: 5, because: 'the services share one platform' },
        {
          when: (c) => (paasVendors(c).length >= 2 ? c.v.committedAny(...paasVendors(c)) : null),
          weight: -3,
          because: 'part of the traffic crosses to another vendor anyway',
        },
      ],
    },
    {
      id: 'vpn-wireguard',
      title: 'WireGuard or site-to-site VPN between hosts',
      summary:
        'Hosts and sites join an encrypted WireGuard mesh (or an IPsec tunnel to the customer network); databases listen only on the VPN interface.',
      pros: ['Works across any mix of servers, sites and providers', 'Strong encryption with little overhead'],
      cons: ['Keys, peers and routes are yours to manage', 'A broken tunnel is an outage that is hard to diagnose'],
      costClass: 'free',
      complexity: 3,
      skills: ['WireGuard or IPsec', 'Linux networking'],
      leans: { cost: 2, compliance: 1, simplicity: -1, resilience: 0, speed: 0 },
      rejectIf: onlyOnAny('servers', 'on-prem', hyperscalerFamilies),
      fits: [
        {
          when: (c) => (family(c) === 'servers' || family(c) === 'on-prem' ? primaryEvidence(c) : null),
          weight: 4,
          because: 'the system runs on servers that need an encrypted private path',
        },
        { when: (c) => c.v.multiRegion(), weight: 1, because: 'hosts sit in more than one location' },
        {
          when: (c) => (c.chosen('cloud.strategy') === 'hybrid' ? [] : null),
          weight: 4,
          because: 'owned sites must reach the cloud side privately',
        },
      ],
    },
    {
      id: 'public-tls-allowlist',
      check: (_d, m) =>
        `Every data store (${stores(m)}) refuses a connection from an address outside the allow-list and accepts only TLS with credentials from ${services(m)}.`,
      title: 'Public endpoints with TLS, authentication and IP allow-lists',
      summary:
        'Services are reached over the internet with enforced TLS, per-service credentials or signed requests, and allow-lists where the caller has fixed egress addresses.',
      pros: ['Works between any vendors with no network plumbing', 'No extra cost'],
      cons: [
        'The database or API is on the internet: credentials are the only wall',
        'Serverless callers rarely have fixed IPs to allow-list',
      ],
      costClass: 'free',
      complexity: 1,
      skills: ['credential rotation'],
      leans: { simplicity: 2, cost: 2, compliance: -2, resilience: 0, speed: 2 },
      fits: [
        {
          when: (c) => (paasVendors(c).length >= 2 ? c.v.committedAny(...paasVendors(c)) : null),
          weight: 6,
          because: 'the stack spans several vendors whose networks do not meet',
        },
        {
          when: (c) => (c.chosen('network.topology') === 'serverless-no-vpc' ? [] : null),
          weight: 6,
          because: 'serverless services are reached through IAM-signed public endpoints',
        },
        {
          when: (c) => (family(c) === 'paas' ? primaryEvidence(c) : null),
          weight: 2,
          because: 'the platform exposes services publicly by default',
        },
        {
          when: (c) => c.v.compliance('hipaa', 'pci-dss', 'fedramp'),
          weight: -3,
          because: 'regulated data should not travel to a public database endpoint',
        },
      ],
    },
  ],
});
