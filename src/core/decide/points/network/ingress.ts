// Decision point: what terminates requests in front of the application and routes them to services.
import { definePoint, type DecideContext } from '../../define-point.js';
import { inline, services } from '../../criteria.js';
import { family, needsProviderOf, onKubernetes, onlyOn, hyperscalerFamilies } from '../../platform-family.js';

const primaryEvidence = (c: DecideContext) =>
  c.v.profile.cloudProviders.find((x) => x.id === c.chosen('cloud.primary-platform'))?.evidence ?? [];
const onFam =
  (...f: string[]) =>
  (c: DecideContext) =>
    f.includes(family(c)) ? primaryEvidence(c) : null;

export default definePoint({
  meta: {
    id: 'network.ingress',
    domain: 'network',
    title: 'Ingress and load balancing',
    question: 'What receives HTTP traffic, terminates TLS and routes it to the services?',
    docs: 'The ingress is the one component every request passes through: it terminates TLS, checks health, spreads load and is where rate limits, authentication offload and path routing live. Its type follows the runtime: a function platform wants an API gateway, containers want a load balancer or an ingress controller, servers want a reverse proxy.',
    assumption: 'No ingress component is named in the inputs; the one native to the chosen platform and runtime was assumed.',
    check: (d, m) =>
      `Every public route to ${services(m)} is defined on ${inline(d.choiceTitle)} in the IaC; an HTTP request is redirected to HTTPS.`,
  },
  options: [
    {
      id: 'platform-router',
      title: "The platform's built-in router",
      summary: 'The PaaS terminates TLS on custom domains and routes to services and functions; no load balancer to run.',
      pros: ['Certificates, health checks and zero-downtime deploys are built in', 'No fixed hourly cost'],
      cons: ['Little control over timeouts, headers and routing rules', 'Rate limiting and auth offload must live in the application'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, speed: 2, resilience: 0, compliance: -1 },
      rejectIf: onlyOn('paas'),
      fits: [{ when: onFam('paas'), weight: 6, because: 'the platform routes traffic to its services' }],
    },
    {
      id: 'api-gateway',
      title: 'Amazon API Gateway',
      summary: 'Managed HTTP/REST API front door for Lambda functions, with authorisers, throttling and usage plans.',
      pros: ['Pay per request; scales with the functions behind it', 'JWT/Cognito authorisers and per-route throttling built in'],
      cons: ['Per-request price overtakes a load balancer at sustained high traffic', '29-second integration timeout on REST APIs'],
      costClass: 'low',
      complexity: 2,
      skills: ['API Gateway', 'Lambda integration'],
      leans: { simplicity: 1, cost: 1, speed: 1, resilience: 1, compliance: 1 },
      rejectIf: needsProviderOf('api-gateway'),
      fits: [{ when: (c) => c.v.committed('aws-lambda'), weight: 6, because: 'the code runs as Lambda functions' }],
    },
    {
      id: 'alb',
      title: 'AWS Application Load Balancer',
      summary: 'Zone-redundant layer-7 load balancer in the public subnets, routing to the application containers.',
      pros: ['Mature health checks, path and host routing, ACM certificates', 'Cheap per request at sustained traffic'],
      cons: ['Fixed hourly charge per environment', 'Needs a VPC with public subnets across zones'],
      costClass: 'medium',
      attrs: { charges: ['loadBalancer'] },
      complexity: 2,
      skills: ['target groups', 'listener rules'],
      leans: { resilience: 2, compliance: 1, cost: 0, simplicity: 0, speed: 0 },
      rejectIf: needsProviderOf('alb'),
      fits: [
        { when: onFam('aws'), weight: 3, because: 'the workloads run on AWS' },
        {
          when: (c) => c.v.committedAny('ecs', 'fargate', 'elastic-beanstalk'),
          weight: 4,
          because: 'containers on AWS sit behind a load balancer',
        },
      ],
    },
    {
      id: 'azure-app-gateway',
      title: 'Azure Application Gateway',
      summary: 'Regional layer-7 load balancer for VNets, with optional WAF policy, in front of App Service, Container Apps or AKS.',
      pros: ['Private backends inside the VNet', 'WAF v2 in the same resource'],
      cons: ['Fixed hourly cost even when idle', 'Slow configuration updates'],
      costClass: 'medium',
      attrs: { charges: ['loadBalancer'] },
      complexity: 3,
      skills: ['Azure networking'],
      leans: { resilience: 1, compliance: 2, cost: -1, simplicity: 0, speed: 0 },
      rejectIf: needsProviderOf('azure-app-gateway'),
      fits: [{ when: onFam('azure'), weight: 4, because: 'the workloads run on Azure' }],
    },
    {
      id: 'google-load-balancer',
      title: 'Google Cloud external Application Load Balancer',
      summary: 'Global anycast load balancer with serverless network endpoint groups for Cloud Run or backend services for GKE and VMs.',
      pros: ['One global IP, managed certificates, Cloud Armor and CDN attach to it', 'Routes across regions'],
      cons: ['Monthly forwarding-rule charge', 'Serverless endpoint groups add setup compared to the default Cloud Run URL'],
      costClass: 'low',
      attrs: { charges: ['loadBalancer'] },
      complexity: 2,
      skills: ['Google load balancing'],
      leans: { resilience: 2, compliance: 1, cost: 0, simplicity: 0, speed: 0 },
      rejectIf: needsProviderOf('google-load-balancer'),
      fits: [{ when: onFam('gcp'), weight: 4, because: 'the workloads run on Google Cloud' }],
    },
    {
      id: 'kubernetes-ingress',
      title: 'Kubernetes ingress controller or Gateway API',
      summary:
        'An ingress controller (ingress-nginx, Traefik or a cloud controller) with cert-manager routes host and path rules to services.',
      pros: ['Routing is declared with the workload in Helm charts', 'Portable between clusters and clouds'],
      cons: ['The controller itself must be patched and scaled', 'Cloud load balancer integration differs per provider'],
      costClass: 'low',
      complexity: 3,
      skills: ['Kubernetes', 'cert-manager'],
      leans: { resilience: 1, cost: 1, simplicity: -1, speed: 0, compliance: 0 },
      rejectIf: (c) => (onKubernetes(c) ? null : 'the inputs do not run on Kubernetes'),
      fits: [{ when: (c) => onKubernetes(c), weight: 7, because: 'the workloads run on Kubernetes' }],
    },
    {
      id: 'reverse-proxy',
      title: 'Reverse proxy on the servers (Caddy, Traefik or nginx)',
      summary:
        'A reverse proxy container terminates TLS with automatic certificates and forwards to the application containers on the host.',
      pros: ['No per-hour fee; one small container', 'Caddy and Traefik renew certificates automatically'],
      cons: ['A single host is a single point of failure', 'Proxy updates and config are yours to manage'],
      costClass: 'free',
      complexity: 2,
      skills: ['reverse proxy configuration', 'TLS'],
      leans: { cost: 2, simplicity: 1, resilience: -1, compliance: 0, speed: 1 },
      rejectIf: onlyOn('servers', 'on-prem', hyperscalerFamilies),
      fits: [
        { when: onFam('servers', 'on-prem'), weight: 6, because: 'the application runs on servers' },
        { when: (c) => c.v.committedAny('docker-compose', 'vms'), weight: 2, because: 'containers on a host need a proxy in front' },
      ],
    },
  ],
});
