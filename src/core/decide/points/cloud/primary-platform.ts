// Decision point: the platform that hosts the system's core workloads.
import { definePoint, type DecideContext, type OptionDef, type Signal } from '../../define-point.js';
import { kb } from '../../../knowledge/active.js';
import { stores, units } from '../../criteria.js';
import { STATED } from '../../stated-choice.js';
import { platformCompute } from '../../platform-family.js';

const small: Signal = { when: (c) => c.v.teamAtMost(3), weight: -4, because: 'a small team carries the whole operating load' };
const noOpsPaaS: Signal = { when: (c) => c.v.teamAtMost(3), weight: 4, because: 'the platform runs the servers, which suits a small team' };
/** Regimes that ask vendors for a paper (BAA, AoC, authorisation): the hyperscalers sign it, few PaaS do. */
const attested = (c: DecideContext) => c.v.compliance(...kb().attestedRegimes());
const hipaa: Signal = {
  when: attested,
  weight: 4,
  because: 'it signs a BAA / holds the attestations regulated data needs',
};
const regulatedPaaS: Signal = {
  when: attested,
  weight: -5,
  because: 'regulated workloads need attestations and controls few PaaS offer',
};

const hyperscaler = (o: Omit<OptionDef, 'costClass' | 'complexity' | 'skills' | 'leans'> & { skills?: string[] }): OptionDef => ({
  costClass: 'medium',
  complexity: 4,
  skills: o.skills ?? ['cloud networking', 'IAM', 'infrastructure as code'],
  leans: { resilience: 2, compliance: 2, simplicity: -1, speed: -1, cost: -1 },
  ...o,
  fits: [hipaa, small, ...o.fits],
});

/** Where the inputs run their code outweighs a platform named only for a side service. */
const runsHere = (id: string): Signal => ({
  when: (c) => c.v.committedAny(...platformCompute(id)),
  weight: 10,
  because: 'the inputs run their code on its services',
});

/** Backend-as-a-service platforms: the client talks to the platform; there is no server code to host. */
const baas = (o: Omit<OptionDef, 'costClass' | 'complexity' | 'skills' | 'leans' | 'fits'> & { fits?: Signal[] }): OptionDef => ({
  costClass: 'low',
  complexity: 1,
  skills: ['the platform SDK', 'security rules of the platform'],
  leans: { simplicity: 2, speed: 2, resilience: 0, compliance: -1, cost: 1 },
  ...o,
  fits: [noOpsPaaS, regulatedPaaS, ...(o.fits ?? [])],
});

const point = definePoint({
  meta: {
    id: 'cloud.primary-platform',
    domain: 'cloud',
    title: 'Primary hosting platform',
    question: 'Which cloud or platform hosts the core workloads?',
    docs: 'Everything else is chosen inside this platform: its managed services, its network model, its prices and its compliance attestations. A platform the inputs already name wins; otherwise team size, compliance and availability decide between a hyperscaler, a managed PaaS, rented servers and your own hardware.',
    assumption:
      'No hosting platform is named in the inputs; a general-purpose default was chosen. Confirm the platform with the team before implementation.',
    stated: STATED.platform,
    adr: true,
    traces: ['cost', 'region', 'team'],
    check: (d, m) =>
      `The IaC state lists ${units(m)} and ${stores(m)} for production, and the ${d.choiceTitle} billing export shows no resource outside it.`,
  },
  options: [
    hyperscaler({
      id: 'aws',
      title: 'Amazon Web Services',
      summary: 'The broadest hyperscaler: managed compute, data and networking in every major geography.',
      pros: [
        'Widest catalogue of managed services and regions',
        'Mature IAM, VPC and compliance programmes (HIPAA BAA, PCI-DSS, SOC 2, FedRAMP)',
        'Large hiring pool and ecosystem',
      ],
      cons: ['Many services to learn and wire together', 'Costs are easy to lose track of (egress, NAT, idle resources)'],
      fits: [{ when: (c) => c.v.availabilityAtLeast(99.95), weight: 2, because: 'multi-AZ primitives for high availability' }],
    }),
    hyperscaler({
      id: 'azure',
      title: 'Microsoft Azure',
      summary: 'Hyperscaler with deep Microsoft identity and enterprise integration.',
      pros: [
        'Entra ID integration for enterprise single sign-on',
        'Strong compliance coverage and EU presence',
        'Good fit for .NET and Microsoft-centred teams',
      ],
      cons: ['Service naming and limits change often', 'Networking model (VNets, private endpoints) has a learning curve'],
      fits: [{ when: (c) => c.v.committedAny('csharp', 'dotnet', 'sql-server'), weight: 4, because: 'the stack is Microsoft-centred' }],
    }),
    hyperscaler({
      id: 'gcp',
      title: 'Google Cloud',
      summary: 'Hyperscaler with strong managed containers (Cloud Run, GKE) and data services.',
      pros: ['Cloud Run gives serverless containers without cluster work', 'Simple project-based isolation', 'Strong data and AI services'],
      cons: ['Smaller partner ecosystem than AWS', 'Fewer regions in some geographies'],
      fits: [
        {
          when: (c) => c.v.committedAny('cloud-run', 'gke', 'bigquery', 'firestore'),
          weight: 4,
          because: 'the stack names Google services',
        },
      ],
    }),
    {
      id: 'vercel',
      title: 'Vercel',
      costClass: 'low',
      complexity: 1,
      skills: ['Next.js or another supported framework'],
      summary: 'Managed front-end and serverless platform with preview deployments per branch.',
      pros: ['Zero server management, global edge network', 'Preview environment for every pull request', 'Tight Next.js integration'],
      cons: [
        'Long-running jobs and background workers need another host',
        'Per-seat and bandwidth pricing grows with the team and traffic',
      ],
      leans: { simplicity: 2, speed: 2, resilience: 0, compliance: -1, cost: 0 },
      fits: [noOpsPaaS, regulatedPaaS, { when: (c) => c.v.committedAny('nextjs'), weight: 3, because: 'the front end is Next.js' }],
    },
    {
      id: 'railway',
      title: 'Railway',
      costClass: 'low',
      complexity: 1,
      skills: ['Docker or Nixpacks builds'],
      summary: 'Container PaaS that runs services, workers and managed databases from a repository.',
      pros: [
        'Deploys containers and background workers without infrastructure code',
        'Usage-based pricing that starts low',
        'Private networking between services of a project',
      ],
      cons: ['Fewer compliance attestations than a hyperscaler', 'Limited control over regions and networking'],
      leans: { simplicity: 2, speed: 2, resilience: -1, compliance: -1, cost: 1 },
      fits: [noOpsPaaS, regulatedPaaS],
    },
    {
      id: 'render',
      title: 'Render',
      costClass: 'low',
      complexity: 1,
      skills: ['Docker builds'],
      summary: 'Managed platform for web services, workers, cron jobs and PostgreSQL.',
      pros: ['Simple services, workers and cron on one platform', 'Managed PostgreSQL with backups', 'Preview environments'],
      cons: ['Few regions', 'Limited network controls'],
      leans: { simplicity: 2, speed: 2, resilience: -1, compliance: -1, cost: 1 },
      fits: [noOpsPaaS, regulatedPaaS],
    },
    {
      id: 'fly-io',
      title: 'Fly.io',
      costClass: 'low',
      complexity: 2,
      skills: ['Docker builds', 'basic networking'],
      summary: 'Runs containers as micro-VMs close to users in many regions.',
      pros: ['Multi-region placement with little effort', 'Private WireGuard network between apps'],
      cons: ['Managed database options are thinner', 'Smaller ecosystem and support tiers'],
      leans: { simplicity: 1, speed: 1, resilience: 1, compliance: -1, cost: 1 },
      fits: [regulatedPaaS, { when: (c) => c.v.multiRegion(), weight: 2, because: 'users sit in several regions' }],
    },
    {
      id: 'cloudflare',
      title: 'Cloudflare (Workers, Pages, R2)',
      costClass: 'low',
      complexity: 2,
      skills: ['Workers runtime', 'edge constraints'],
      summary: 'Edge-first platform: code runs in Workers at every point of presence, with KV, D1 and R2 storage.',
      pros: ['Global by default with very low latency', 'No egress fees on R2', 'WAF and DDoS protection built in'],
      cons: ['Workers runtime limits (CPU time, Node APIs)', 'Relational and long-running workloads need another host'],
      leans: { simplicity: 1, speed: 1, resilience: 1, compliance: -1, cost: 2 },
      fits: [
        regulatedPaaS,
        { when: (c) => c.v.style('jamstack', 'serverless'), weight: 1, because: 'the architecture is serverless or Jamstack' },
      ],
    },
    {
      id: 'digitalocean',
      title: 'DigitalOcean',
      costClass: 'low',
      complexity: 3,
      skills: ['Linux administration', 'Docker'],
      summary: 'Simple rented VMs (Droplets) plus managed databases, Spaces object storage and a small Kubernetes service.',
      pros: ['Predictable flat monthly prices', 'Easy to understand networking and firewalls'],
      cons: ['You patch and operate the servers', 'Fewer managed services and compliance attestations'],
      leans: { simplicity: 0, speed: 1, resilience: -1, compliance: -1, cost: 2 },
      fits: [{ when: (c) => c.v.budgetBelow(100), weight: 2, because: 'flat-priced servers fit a very small budget' }],
    },
    {
      id: 'hetzner',
      title: 'Hetzner',
      costClass: 'free',
      complexity: 3,
      skills: ['Linux administration', 'Docker'],
      summary: 'Low-cost dedicated and cloud servers in EU data centres.',
      pros: ['Very low price per core and per GB', 'EU data centres for residency'],
      cons: ['Few managed services; you run databases yourself', 'Fewer regions outside Europe'],
      leans: { simplicity: -1, speed: 0, resilience: -1, compliance: 0, cost: 2 },
      fits: [{ when: (c) => c.v.budgetBelow(100), weight: 1, because: 'lowest infrastructure price' }],
    },
    {
      id: 'netlify',
      title: 'Netlify',
      costClass: 'low',
      complexity: 1,
      skills: ['a static or Jamstack framework'],
      summary: 'Managed hosting for static sites and Jamstack front ends, with serverless and edge functions.',
      pros: ['Atomic deploys and instant rollbacks', 'Deploy previews for every pull request'],
      cons: ['Back-end services, workers and databases live elsewhere', 'Function limits (duration, memory) cap server-side work'],
      leans: { simplicity: 2, speed: 2, resilience: 0, compliance: -1, cost: 1 },
      fits: [noOpsPaaS, regulatedPaaS, { when: (c) => c.v.style('jamstack'), weight: 3, because: 'the architecture is Jamstack' }],
    },
    {
      id: 'heroku',
      title: 'Heroku',
      costClass: 'medium',
      complexity: 1,
      skills: ['buildpacks or Docker'],
      summary: 'The original application PaaS: dynos, add-on databases and a release pipeline.',
      pros: ['Mature review apps, pipelines and add-on marketplace', 'Heroku Shield offers a HIPAA-ready tier'],
      cons: ['Higher price per unit of compute than newer PaaS', 'Few regions; private spaces cost extra'],
      leans: { simplicity: 2, speed: 2, resilience: 0, compliance: 0, cost: -1 },
      fits: [noOpsPaaS],
    },
    baas({
      id: 'supabase',
      title: 'Supabase',
      summary: 'Managed PostgreSQL with auth, storage, realtime and edge functions behind one API.',
      pros: ['A real PostgreSQL database with row-level security', 'Auth, storage and realtime without extra vendors'],
      cons: ['Server-side workloads beyond edge functions need another host', 'Compliance add-ons (HIPAA) only on higher tiers'],
    }),
    baas({
      id: 'firebase',
      title: 'Firebase',
      summary: "Google's app backend: Firestore, auth, storage, hosting and functions for mobile and web clients.",
      pros: ['Offline-capable client SDKs and realtime sync', 'No servers to run; scales with usage'],
      cons: ['Document model and security rules are hard to evolve', 'Costs follow reads and writes, which can surprise'],
      fits: [{ when: (c) => c.v.committedAny('firestore', 'firebase-functions'), weight: 4, because: 'the stack names Firebase services' }],
    }),
    baas({
      id: 'convex',
      title: 'Convex',
      summary: 'Reactive backend: a transactional document database and server functions in TypeScript.',
      pros: ['Realtime queries without a separate sync layer', 'Database and functions deploy together from the repository'],
      cons: ['Proprietary runtime and data model', 'Fewer compliance attestations and regions than a hyperscaler'],
    }),
    baas({
      id: 'cloudkit',
      title: 'Apple CloudKit',
      summary: "Apple's managed backend for native apps: private and shared databases synced through users' iCloud accounts.",
      pros: ["No servers, and storage is largely paid for by users' iCloud quotas", 'Sync across Apple devices is built in'],
      cons: [
        'Apple platforms only; no web or Android clients without extra work',
        'Little control over data location, backups and server-side logic',
      ],
      fits: [{ when: (c) => c.v.committedAny('swift', 'swiftui', 'swiftdata'), weight: 4, because: 'the clients are native Apple apps' }],
    }),
    {
      // No `tech`: a committed cluster is not a committed cloud; this option wins on evidence, not commitment (its
      // `committedWhen` says so, and keeps the Kubernetes record to the runtime decision).
      id: 'kubernetes',
      committedWhen: () => null,
      title: 'Any conformant Kubernetes cluster',
      costClass: 'medium',
      complexity: 4,
      skills: ['Kubernetes', 'Helm'],
      summary:
        'The system ships as a cluster workload (a Helm chart or manifests) into whichever Kubernetes the operator runs, in any cloud or on premises.',
      pros: ['Runs wherever the operator already has a cluster', 'One packaging format for every environment'],
      cons: [
        'Managed cloud services cannot be assumed; state needs portable components',
        "Each operator's cluster differs in ingress, storage classes and policies",
      ],
      leans: { simplicity: -1, speed: 0, resilience: 1, compliance: 1, cost: 0 },
      fits: [
        {
          when: (c) => (c.v.clouds().length === 0 ? c.v.committedAny('kubernetes', 'helm', 'kustomize') : null),
          weight: 12,
          because: 'the system ships into a cluster without naming a cloud',
        },
      ],
    },
    {
      id: 'on-prem',
      title: 'On-premises / customer-managed servers',
      costClass: 'medium',
      complexity: 5,
      skills: ['Linux administration', 'networking', 'hardware lifecycle'],
      summary: 'The system runs on hardware or VMs the organisation (or its customer) owns and operates.',
      pros: ['Full control of data location and hardware', 'Fits customers that cannot use public cloud'],
      cons: ['Capacity, patching, backups and failover are all yours', 'Slow to scale and to provision new environments'],
      leans: { simplicity: -2, speed: -2, resilience: -1, compliance: 1, cost: -1 },
      fits: [],
    },
  ],
});

// Every platform gains weight where the inputs run their code on it.
for (const o of point.options) o.fits.push(runsHere(o.id));

export default point;
