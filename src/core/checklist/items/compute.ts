// Compute: what runs the code, how it scales, how big it is and how its health is known.
import { item } from '../checklist-item.js';
import { anyOf, mentions, tableColumn, techWords, together, words } from '../detectors.js';

/** A runtime or hosting platform the catalogue knows (Kubernetes, ECS, Lambda, Cloud Run, Vercel, ...), or words for one. */
const RUNTIME = techWords(
  (c) => [...c.withSlot('runtime'), ...c.hostingTargets()],
  'containers?',
  'containeri[sz]ed',
  'serverless',
  'functions',
  'VMs?',
  'virtual machines?',
  'droplets?',
  'instances?',
  'Workers',
  'static (?:site|hosting)',
);

export const computeItems = [
  item({
    id: 'ckl-compute-model',
    area: 'compute',
    title: 'Compute model chosen',
    description: 'The compute model is named: containers, serverless functions, VMs, Kubernetes or a PaaS runtime.',
    severity: 'error',
    detects:
      'containers, Docker, Kubernetes/EKS/AKS/GKE, ECS/Fargate, Lambda/Functions, Cloud Run, App Service, VMs/EC2/droplets, PaaS hosts',
    detect: mentions(RUNTIME),
    docs: {
      why: 'The compute model fixes the deployment unit, the scaling behaviour and most of the operational work.',
      fix: 'Name the runtime for each workload (for example "API on ECS Fargate, jobs on Lambda") and why it fits.',
    },
  }),
  item({
    id: 'ckl-compute-scaling-policy',
    area: 'compute',
    title: 'Scaling policy',
    description: 'How compute scales (auto-scaling rules, concurrency, replica counts, or a deliberate fixed size) is stated.',
    severity: 'warning',
    detects: 'auto-scaling, HPA, scale out/in, min/max instances, replicas, concurrency limits, "scales automatically"',
    detect: mentions(
      words(
        'auto[- ]?scal\\w*',
        'HPA',
        'KEDA',
        'horizontal(?:ly)? scal\\w*',
        'vertical(?:ly)? scal\\w*',
        'scal(?:e|es|ing) (?:out|up|in|down|horizontally|vertically|automatically|to zero)',
        'scaling (?:polic(?:y|ies)|rules?|strategy|approach|triggers?)',
        '(?:min|max)(?:imum)? (?:instances|replicas|capacity|tasks|nodes)',
        'replicas?',
        '(?:reserved |provisioned )?concurrency',
        'automatic(?:ally)? scal\\w*',
        'elastic(?:ity|ally)?',
        'scale-to-zero',
        'scalability',
      ),
    ),
    docs: {
      why: 'A scaling policy is what turns a capacity figure into a cost and an availability behaviour.',
      fix: 'State the scaling trigger and bounds (for example "2–10 tasks at 70 % CPU") or why a fixed size suffices.',
    },
  }),
  item({
    id: 'ckl-compute-capacity-figures',
    area: 'compute',
    title: 'Capacity figures',
    description: 'Expected load is quantified: users, requests per second, data volume or throughput.',
    severity: 'warning',
    detects: 'a number next to users, requests, req/s, RPS, transactions, events, messages, GB/TB or concurrent sessions',
    detect: mentions(
      /\b\d[\d,.]*(?:\s*(?:k|K|M|thousand|million))?(?:\s*\+)?\s*(?:concurrent |active |daily |monthly |total )?(?:users|customers|tenants|sessions|requests?|req\/s|rps|RPS|TPS|QPS|transactions|events|messages|calls|invocations|uploads|orders|documents|records|files|page ?views)\b/i,
      /\b\d[\d,.]*\s*(?:GB|TB|PB|MB)(?:\/(?:day|month|year))?\b.*\b(?:data|storage|volume|growth|per)\b/i,
      /\b(?:requests|users|transactions) per (?:second|minute|hour|day|month)\b/i,
    ),
    docs: {
      why: 'Sizing, scaling bounds and cost estimates are guesses unless tied to a stated load.',
      fix: 'Quote the load the design must carry (peak users, requests per second, data growth) and where the figures come from.',
    },
  }),
  item({
    id: 'ckl-compute-sizing',
    area: 'compute',
    title: 'Resource sizing',
    description: 'Instance types, memory/CPU allocations or plan tiers are given for the main workloads.',
    severity: 'info',
    detects: 'memory/CPU figures (512 MB, 2 vCPU), instance types (t3.medium), plan tiers, or a sizing table column',
    detect: anyOf(
      mentions(
        /\b\d+(?:\.\d+)?\s*(?:MB|MiB|GB|GiB)\b.*\b(?:memory|RAM|mem)\b|\b(?:memory|RAM|mem)\b.*\b\d+(?:\.\d+)?\s*(?:MB|MiB|GB|GiB)\b/i,
        /\b\d+(?:\.\d+)?\s*v?CPUs?\b|\b\d+\s*cores?\b/i,
        /\b[a-z]\d[a-z]?\.(?:nano|micro|small|medium|large|\d*xlarge)\b/i,
        words(
          'instance (?:type|size|class)',
          'right-?siz\\w*',
          'sizing',
          '(?:pro|hobby|starter|team|basic|standard|premium) (?:plan|tier)',
          'memorySize',
          'memory: \\d+',
        ),
      ),
      tableColumn(words('size', 'sizing', 'instance', 'memory', 'cpu', 'tier', 'plan')),
    ),
    docs: {
      why: 'Explicit sizes make the cost estimate checkable and give implementers a starting point.',
      fix: 'Give a starting size per workload (instance type or memory/CPU) and how it will be tuned.',
    },
  }),
  item({
    id: 'ckl-compute-health-checks',
    area: 'compute',
    title: 'Health checks',
    description: 'Workloads expose health checks used by the platform, load balancer or monitoring.',
    severity: 'info',
    detects: 'health check(s), liveness/readiness probes, /health endpoints, heartbeats, uptime checks',
    detect: anyOf(
      mentions(
        words(
          'health[- ]?checks?',
          'healthchecks?',
          'liveness',
          'readiness',
          'heartbeats?',
          'uptime (?:checks?|monitor\\w*)',
          'synthetic (?:checks?|monitoring)',
          'canaries',
          'probes?',
        ),
      ),
      together(/\/health\w*/i, /./),
    ),
    docs: {
      why: 'Health checks let the platform replace failed instances and let deployments stop when a release is bad.',
      fix: 'Define a health endpoint per service and say what uses it (load balancer, orchestrator, uptime monitor).',
    },
  }),
];
