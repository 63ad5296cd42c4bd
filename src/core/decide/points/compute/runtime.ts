// Decision point: what runs the application code, from clusters and containers to functions and PaaS.
import { definePoint, type DecideContext, type OptionDef, type Signal } from '../../define-point.js';
import { services } from '../../criteria.js';
import {
  baasPlatforms,
  family,
  needsPlatform,
  needsProviderOf,
  onKubernetes,
  onlyOnAny,
  providerOfTech,
  hyperscalerFamilies,
} from '../../platform-family.js';
import { STATED } from '../../stated-choice.js';

const PRIMARY = 'cloud.primary-platform';
const primaryIs =
  (...ids: string[]) =>
  (c: DecideContext) =>
    ids.includes(c.chosen(PRIMARY) ?? '') ? (c.v.profile.cloudProviders.find((x) => ids.includes(x.id))?.evidence ?? []) : null;
const serverless: Signal = {
  when: (c) => c.v.style('serverless', 'event-driven'),
  weight: 3,
  because: 'the architecture is serverless or event-driven',
};
const monolith: Signal = {
  when: (c) => c.v.style('monolith', 'modular-monolith'),
  weight: 2,
  because: 'a monolith deploys as one long-running service',
};
const bigTeamMicro: Signal = {
  when: (c) => ((c.v.teamSize() ?? 0) >= 8 ? c.v.style('microservices') : null),
  weight: 3,
  because: 'many teams ship many services',
};

/**
 * A runtime that belongs to one PaaS: it needs that platform, and wins when the platform is the primary one. The
 * platform is the provider the runtime's catalogue record names (Cloudflare Workers → cloudflare; Vercel is its own).
 */
const paas = (
  o: Omit<OptionDef, 'costClass' | 'complexity' | 'rejectIf'> & { platform?: string; costClass?: OptionDef['costClass'] },
): OptionDef => {
  const { platform: stated, ...rest } = o;
  const platform = () => stated ?? providerOfTech(o.tech ?? o.id);
  return {
    costClass: 'low',
    complexity: 1,
    rejectIf: (c) => needsPlatform(platform())(c),
    ...rest,
    fits: [{ when: (c) => primaryIs(platform())(c), weight: 6, because: 'it is the primary platform' }, ...o.fits],
  };
};

export default definePoint({
  meta: {
    id: 'compute.runtime',
    stated: STATED.runtime,
    domain: 'compute',
    title: 'Compute runtime',
    question: 'What runs the application code?',
    docs: 'The runtime fixes the unit of deployment, how the system scales, what a cold start costs and how much of the operating work the team keeps. Functions and PaaS services remove servers but limit duration and control; containers on a managed service are the middle road; Kubernetes is the most portable and the most work; plain servers are cheapest and entirely yours.',
    assumption: 'The inputs do not name what runs the code; the managed runtime native to the chosen platform was assumed.',
    adr: true,
    traces: ['performance', 'scalability', 'team'],
    check: (d, m) => `The repository defines ${services(m)} for ${d.choiceTitle}, and the last change to each came from a pipeline run.`,
  },
  options: [
    {
      id: 'kubernetes',
      alsoMatches: ['eks', 'gke', 'aks'],
      title: 'Kubernetes',
      summary:
        "Containers on a Kubernetes cluster: a managed control plane (EKS, GKE, AKS) on a hyperscaler, or the operator's own cluster elsewhere, packaged with Helm.",
      pros: ['Portable across clouds and on-premises clusters', 'Rich ecosystem for scaling, rollout, policy and service discovery'],
      cons: ['Cluster upgrades, add-ons and node pools are continuous work', 'Overkill for one or two services and a small team'],
      version: '1.31',
      costClass: 'medium',
      complexity: 5,
      skills: ['Kubernetes', 'Helm', 'container networking'],
      leans: { resilience: 2, compliance: 1, simplicity: -2, cost: -1, speed: -1 },
      rejectIf: (c) => (family(c) === 'paas' ? 'a PaaS does not run a cluster' : null),
      fits: [
        {
          when: (c) => (family(c) === 'kubernetes' ? onKubernetes(c) : null),
          weight: 8,
          because: 'the system ships into a Kubernetes cluster',
        },
        {
          when: (c) => (c.chosen('cloud.strategy') === 'multi-cloud-portable' ? [] : null),
          weight: 6,
          because: 'the strategy needs a runtime that is the same on every cloud',
        },
        bigTeamMicro,
      ],
    },
    {
      id: 'ecs',
      alsoMatches: ['fargate'],
      title: 'Amazon ECS on Fargate',
      summary: 'Containers as ECS services on Fargate behind a load balancer: no nodes or control plane to manage.',
      pros: ['Serverless containers with no cluster upgrades', 'Deep IAM, ALB and CloudWatch integration'],
      cons: ['AWS-only task definitions and service model', 'Fargate costs more per vCPU than self-managed nodes at steady load'],
      costClass: 'medium',
      complexity: 3,
      skills: ['containers', 'ECS task definitions', 'AWS IAM'],
      leans: { resilience: 1, simplicity: 1, compliance: 1, cost: 0, speed: 1 },
      rejectIf: needsProviderOf('ecs'),
      fits: [
        { when: primaryIs('aws'), weight: 3, because: 'the platform is AWS' },
        monolith,
        { when: (c) => c.v.style('microservices'), weight: 1, because: 'several long-running services' },
      ],
    },
    {
      id: 'aws-lambda',
      title: 'AWS Lambda',
      summary: 'Functions invoked by API Gateway, queues and events, billed per request and duration.',
      pros: ['Scales to zero and to thousands of concurrent requests', 'No servers or containers to patch'],
      cons: [
        '15-minute limit and cold starts on latency-sensitive paths',
        'Connection pooling to relational databases needs RDS Proxy or care',
      ],
      costClass: 'low',
      complexity: 2,
      skills: ['event-driven design', 'AWS IAM'],
      leans: { cost: 1, simplicity: 1, speed: 1, resilience: 1, compliance: 1 },
      rejectIf: needsProviderOf('aws-lambda'),
      fits: [{ when: primaryIs('aws'), weight: 2, because: 'the platform is AWS' }, serverless],
    },
    {
      id: 'cloud-run',
      title: 'Google Cloud Run',
      summary: 'Containers as request-driven services or jobs, scaled by Google from zero to many instances.',
      pros: ['Any container, billed per request time, scales to zero', 'No cluster; revisions give easy rollback and traffic splitting'],
      cons: ['Request timeout and CPU throttling outside requests unless always-on CPU is paid for', 'Google Cloud only'],
      costClass: 'low',
      complexity: 2,
      skills: ['containers', 'Google Cloud IAM'],
      leans: { simplicity: 2, cost: 1, speed: 2, resilience: 1, compliance: 1 },
      rejectIf: needsProviderOf('cloud-run'),
      fits: [{ when: primaryIs('gcp'), weight: 5, because: 'the platform is Google Cloud' }, serverless],
    },
    {
      id: 'cloud-functions',
      title: 'Google Cloud Run functions',
      summary: 'Single-purpose functions on Google Cloud triggered by HTTP, Pub/Sub or storage events.',
      pros: ['Minimal code for event glue', 'Scales to zero'],
      cons: ['Less control than a Cloud Run container for whole services', 'Cold starts and per-function deployment sprawl'],
      costClass: 'low',
      complexity: 2,
      skills: ['event-driven design'],
      leans: { cost: 1, simplicity: 1, speed: 1 },
      needsProvider: 'on-platform',
      fits: [{ when: primaryIs('gcp'), weight: 1, because: 'the platform is Google Cloud' }],
    },
    {
      id: 'container-apps',
      title: 'Azure Container Apps',
      summary: 'Serverless containers on Azure with KEDA-based scaling, Dapr and revisions.',
      pros: ['Scale on HTTP, queue length or events, down to zero', 'No cluster to manage yet Kubernetes-like concepts'],
      cons: ['Azure only; some networking features need a dedicated environment', 'Younger service with changing limits'],
      costClass: 'low',
      complexity: 2,
      skills: ['containers', 'Azure networking'],
      leans: { simplicity: 1, cost: 1, speed: 1, resilience: 1, compliance: 1 },
      rejectIf: needsProviderOf('container-apps'),
      fits: [
        { when: primaryIs('azure'), weight: 4, because: 'the platform is Azure' },
        { when: (c) => c.v.style('microservices', 'event-driven'), weight: 1, because: 'several services scaled on events' },
      ],
    },
    {
      id: 'app-service',
      title: 'Azure App Service',
      summary: 'Managed web app hosting for code or containers on Azure, with deployment slots.',
      pros: ['Deployment slots for zero-downtime swaps', 'Mature .NET and Java support'],
      cons: ['Plans are billed even when idle', 'Less suited to event-driven workers'],
      costClass: 'medium',
      complexity: 2,
      skills: ['Azure App Service'],
      leans: { simplicity: 2, speed: 1, compliance: 1 },
      rejectIf: needsProviderOf('app-service'),
      fits: [{ when: primaryIs('azure'), weight: 2, because: 'the platform is Azure' }, monolith],
    },
    {
      id: 'azure-functions',
      title: 'Azure Functions',
      summary: 'Event-triggered functions on Azure with bindings to queues, storage and Cosmos DB.',
      pros: ['Bindings remove boilerplate for queues and storage', 'Consumption plan scales to zero'],
      cons: ['Cold starts on the consumption plan', 'Premium plan is needed for VNet integration'],
      costClass: 'low',
      complexity: 2,
      skills: ['event-driven design'],
      leans: { cost: 1, simplicity: 1, speed: 1 },
      rejectIf: needsProviderOf('azure-functions'),
      fits: [{ when: primaryIs('azure'), weight: 1, because: 'the platform is Azure' }, serverless],
    },
    paas({
      id: 'vercel',
      alsoMatches: ['vercel-functions'],
      title: 'Vercel (framework hosting and functions)',
      summary: 'The web front end and its API routes run as Vercel serverless and edge functions.',
      pros: ['Preview deployment per pull request', 'No infrastructure for the web tier'],
      cons: ['Function duration limits rule out long jobs', 'Background workers and WebSockets need another host'],
      skills: ['Next.js or another supported framework'],
      leans: { simplicity: 2, speed: 2, resilience: 0, compliance: -1 },
      fits: [{ when: (c) => c.v.committedAny('nextjs'), weight: 2, because: 'the front end is Next.js' }],
    }),
    paas({
      id: 'railway',
      title: 'Railway services',
      summary: 'Long-running services and workers built from the repository (Dockerfile or Nixpacks) on Railway.',
      pros: ['Any language and long-running processes', 'Databases and private networking in the same project'],
      cons: ['Limited region choice and compliance documentation', 'Replica scaling is manual or coarse'],
      skills: ['Docker builds'],
      leans: { simplicity: 2, speed: 2, resilience: -1, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'render',
      title: 'Render services',
      summary: 'Web services, background workers and cron jobs on Render, built from the repository.',
      pros: ['Workers and cron jobs are first-class', 'Autoscaling on paid plans'],
      cons: ['Few regions', 'Instance types are coarse'],
      skills: ['Docker builds'],
      leans: { simplicity: 2, speed: 2, resilience: -1, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'heroku',
      title: 'Heroku dynos',
      summary: 'Web and worker dynos built by buildpacks or from a Dockerfile, with pipelines and review apps.',
      pros: ['Mature pipelines, review apps and add-ons', 'Worker and scheduler dynos for background work'],
      cons: ['More expensive per unit of compute than newer PaaS', 'Private networking only in Private Spaces'],
      costClass: 'medium',
      skills: ['buildpacks'],
      leans: { simplicity: 2, speed: 2, cost: -1, compliance: 0 },
      fits: [],
    }),
    paas({
      id: 'netlify',
      alsoMatches: ['netlify-functions'],
      title: 'Netlify (site hosting and functions)',
      summary: 'The front end is built and served by Netlify; server-side logic runs as Netlify serverless or edge functions.',
      pros: ['Deploy previews and instant rollbacks', 'No infrastructure for the web tier'],
      cons: ['Function duration and size limits', 'Long-running services and workers need another host'],
      skills: ['a Jamstack framework'],
      leans: { simplicity: 2, speed: 2, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'fly-io',
      title: 'Fly.io Machines',
      summary: 'Containers as Firecracker micro-VMs placed in the regions nearest to users.',
      pros: ['Multi-region by configuration', 'Machines can stop when idle and start on request'],
      cons: ['You handle more operations than on other PaaS', 'Volumes are tied to one host'],
      skills: ['Docker', 'fly.toml'],
      leans: { simplicity: 1, speed: 1, resilience: 1, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'cloudflare-workers',
      alsoMatches: ['cloudflare-pages'],
      title: 'Cloudflare Workers',
      summary: 'V8-isolate functions at every Cloudflare location, with Pages for the front end and bindings to KV, D1, R2 and queues.',
      pros: ['Near-zero cold starts, global by default', 'Low cost per request and no egress fees on R2'],
      cons: ['CPU-time limits and a partial Node.js API', 'Long-running and heavy compute needs another host'],
      skills: ['Workers runtime'],
      leans: { cost: 2, speed: 1, resilience: 1, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'firebase-functions',
      title: 'Cloud Functions for Firebase',
      summary: 'Functions triggered by Firestore, auth and HTTPS events in a Firebase project.',
      pros: ['Triggers on database and auth events with no wiring', "Shares the Firebase project's identity and rules"],
      cons: ['Cold starts', 'Ties business logic to Firebase event shapes'],
      skills: ['Firebase SDK'],
      leans: { simplicity: 2, speed: 2, compliance: -1 },
      fits: [],
    }),
    paas({
      id: 'supabase-edge-functions',
      title: 'Supabase Edge Functions',
      summary: 'Deno functions next to the Supabase database for webhooks and small server-side logic.',
      pros: ['Same project, auth and secrets as the database', 'No server to host for small back-end logic'],
      cons: ['Deno runtime and short execution limits', 'Not a home for a whole back-end service'],
      skills: ['Deno', 'Supabase'],
      leans: { simplicity: 2, speed: 2, compliance: -1 },
      fits: [],
    }),
    {
      id: 'backend-as-a-service',
      title: 'No server runtime: clients use a backend-as-a-service',
      summary:
        'Clients talk straight to a managed backend (CloudKit, Firebase, Convex, Supabase) whose rules and functions replace a server tier.',
      pros: ['Nothing to deploy or scale on the server side', 'Offline sync and realtime come with the platform SDK'],
      cons: ['Business logic lives in security rules or platform functions', 'Hard to move off the platform later'],
      costClass: 'free',
      complexity: 1,
      skills: ['the platform SDK'],
      leans: { simplicity: 2, speed: 2, cost: 2, resilience: 0, compliance: -1 },
      rejectIf: (c) => needsPlatform(...baasPlatforms())(c),
      fits: [
        {
          when: (c) => (c.v.ids('compute').length === 0 ? primaryIs(...baasPlatforms())(c) : null),
          weight: 8,
          because: 'the inputs name a backend platform and no server runtime',
        },
      ],
    },
    {
      id: 'docker-compose',
      alsoMatches: ['vms'],
      title: 'Docker Compose on virtual machines',
      summary:
        'The application and its side services run as a Compose stack on one or a few VMs, provisioned and updated with Ansible or scripts.',
      pros: ['Cheapest and simplest to understand; runs on any VM or customer server', 'Same stack in development and production'],
      cons: ['No automatic failover or scheduling across hosts', 'OS patching, disk space and restarts are on you'],
      costClass: 'low',
      complexity: 3,
      skills: ['Linux administration', 'Docker'],
      leans: { cost: 2, simplicity: 1, resilience: -1, compliance: 0, speed: 1 },
      rejectIf: onlyOnAny('servers', 'on-prem', hyperscalerFamilies),
      fits: [
        {
          when: (c) => (family(c) === 'servers' || family(c) === 'on-prem' ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 7,
          because: 'the system runs on servers it operates',
        },
        { when: (c) => c.v.committedAny('ansible', 'docker'), weight: 1, because: 'the tooling named manages containers on hosts' },
      ],
    },
  ],
});
