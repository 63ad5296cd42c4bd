// Decision point: how the network is segmented, from platform-managed to tiered virtual networks.
import { definePoint } from '../../define-point.js';
import { HYPERSCALERS } from '../../profile-view.js';
import { family, onKubernetes, onlyOn, onlyOnAny, hyperscalerFamilies } from '../../platform-family.js';
import { stores } from '../../criteria.js';

const RELATIONAL = ['postgresql', 'mysql', 'mariadb', 'sql-server', 'oracle-db', 'redis', 'memcached', 'elasticsearch', 'opensearch'];

export default definePoint({
  meta: {
    id: 'network.topology',
    domain: 'network',
    title: 'Network topology and segmentation',
    question: 'How is the network laid out and segmented between the internet, the application and the data?',
    docs: "Segmentation decides the blast radius of a compromised component: what an attacker who owns one service can reach next. On a hyperscaler that is a virtual network with tiers of subnets; on servers it is the host firewall; in a cluster it is network policy; on a PaaS it is mostly the platform's job and the design work moves to authentication between services.",
    assumption:
      'The inputs say nothing about network layout; the segmentation native to the chosen platform was assumed. Confirm with security whether a stricter zone model is required.',
    check: (_d, m) =>
      `A port scan from outside reaches only the edge and the public entry point; ${stores(m)} refuse connections from the internet.`,
  },
  options: [
    {
      id: 'paas-managed',
      title: 'Platform-managed network',
      summary:
        "The PaaS owns routing, TLS and isolation; services talk over the platform's private network or authenticated public endpoints.",
      pros: ['Nothing to design, patch or pay for separately', 'TLS and DDoS basics are included'],
      cons: ['No subnets, security groups or flow logs to show an auditor', 'Cross-vendor traffic leaves the platform over the internet'],
      costClass: 'free',
      complexity: 1,
      skills: ['service-to-service authentication'],
      leans: { simplicity: 2, cost: 2, speed: 2, resilience: 0, compliance: -1 },
      rejectIf: onlyOn('paas'),
      fits: [
        {
          when: (c) => (family(c) === 'paas' ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 6,
          because: 'the system runs on a PaaS',
        },
      ],
    },
    {
      id: 'tiered-virtual-network',
      title: 'Virtual network with public, private and data subnets',
      summary:
        'A VPC/VNet per environment across zones: load balancers in public subnets, workloads in private subnets, databases in isolated data subnets, egress through NAT.',
      pros: ['Databases are unreachable from the internet by construction', 'Security groups and flow logs give auditors a clear picture'],
      cons: ['NAT gateways and cross-zone traffic cost money every hour', 'CIDR planning and routing to get right up front'],
      costClass: 'medium',
      attrs: { charges: ['natGateway'] },
      complexity: 3,
      skills: ['cloud networking', 'security groups', 'infrastructure as code'],
      leans: { compliance: 2, resilience: 1, simplicity: -1, cost: -1, speed: 0 },
      rejectIf: onlyOnAny(hyperscalerFamilies),
      fits: [
        {
          when: (c) =>
            hyperscalerFamilies().includes(family(c))
              ? (c.v.profile.cloudProviders.find((x) => HYPERSCALERS.includes(x.id))?.evidence ?? [])
              : null,
          weight: 5,
          because: 'the platform is a hyperscaler with private networking',
        },
        { when: (c) => c.v.committedAny(...RELATIONAL), weight: 2, because: 'server-based databases and caches belong in private subnets' },
        {
          when: (c) => c.v.compliance('hipaa', 'pci-dss', 'soc2', 'iso27001', 'fedramp'),
          weight: 2,
          because: 'the compliance regime expects network segmentation',
        },
      ],
    },
    {
      id: 'serverless-no-vpc',
      title: 'No customer network: serverless services over IAM',
      summary:
        'Functions call managed serverless data services (key-value store, object storage, queues) through IAM-signed endpoints; no VPC is created.',
      pros: [
        'No NAT, subnets or cold-start penalty from network attachment',
        'Access is controlled by fine-grained IAM policies instead of IP ranges',
      ],
      cons: [
        'Cannot reach server-based databases or caches without adding a VPC',
        'Auditors used to network zones need IAM-based evidence instead',
      ],
      costClass: 'free',
      complexity: 2,
      skills: ['IAM policy design'],
      leans: { simplicity: 2, cost: 2, speed: 1, resilience: 1, compliance: 0 },
      rejectIf: (c) =>
        onlyOnAny(hyperscalerFamilies)(c) ??
        (c.v.committedAny(...RELATIONAL) ? 'a server-based database or cache needs a private network' : null),
      fits: [
        {
          when: (c) =>
            c.v.committedAny('dynamodb', 'firestore', 'cosmos-db')
              ? c.v.committedAny('aws-lambda', 'cloud-functions', 'azure-functions')
              : null,
          weight: 8,
          because: 'functions and a serverless database need no network of their own',
        },
        { when: (c) => c.v.style('serverless'), weight: 2, because: 'the architecture is serverless' },
      ],
    },
    {
      id: 'hub-and-spoke',
      title: 'Hub-and-spoke networks across accounts',
      summary:
        'A shared hub network holds egress, inspection, DNS and connectivity; each workload or environment gets a spoke network peered to it.',
      pros: ['Central egress filtering and inspection for every workload', 'Scales to many teams, accounts and on-premises links'],
      cons: ['Transit gateway or firewall appliances cost real money', 'Needs a platform team to own the hub'],
      costClass: 'high',
      attrs: { charges: ['natGateway'] },
      complexity: 5,
      skills: ['transit routing', 'network firewalls', 'multi-account governance'],
      leans: { compliance: 2, resilience: 1, simplicity: -2, cost: -2, speed: -1 },
      rejectIf: (c) => onlyOnAny(hyperscalerFamilies, 'on-prem')(c),
      fits: [
        {
          when: (c) => c.v.compliance('pci-dss', 'fedramp', 'hipaa'),
          weight: 2,
          because: 'regulated workloads benefit from central inspection',
        },
        { when: (c) => (c.chosen('cloud.strategy') === 'hybrid' ? [] : null), weight: 4, because: 'owned sites connect once, to the hub' },
        {
          when: (c) => ((c.v.teamSize() ?? 0) >= 20 ? c.v.profile.team.size!.evidence : null),
          weight: 3,
          because: 'many teams share the network',
        },
      ],
    },
    {
      id: 'host-firewall',
      title: 'Host firewall on each server',
      summary:
        'Each server exposes only the reverse proxy ports; databases bind to localhost or a private interface; nftables/ufw and the provider firewall deny the rest.',
      pros: ['Simple and cheap; works on any server or customer VM', 'Easy to reason about for a handful of hosts'],
      cons: ['Rules drift unless they are managed as code', 'No central view of traffic between many hosts'],
      costClass: 'free',
      complexity: 2,
      skills: ['Linux firewalls', 'configuration management'],
      leans: { cost: 2, simplicity: 1, compliance: 0, resilience: 0, speed: 1 },
      rejectIf: onlyOnAny('servers', 'on-prem', hyperscalerFamilies),
      fits: [
        {
          when: (c) => (family(c) === 'servers' || family(c) === 'on-prem' ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 6,
          because: 'the system runs on individual servers',
        },
        {
          when: (c) => c.v.committedAny('docker-compose', 'vms', 'ansible'),
          weight: 2,
          because: 'the tooling named manages servers directly',
        },
      ],
    },
    {
      id: 'kubernetes-network-policies',
      title: 'Kubernetes network policies (default deny)',
      summary:
        'Namespaces per system or tenant with default-deny network policies; only declared service-to-service flows are allowed, enforced by the CNI.',
      pros: ['Segmentation travels with the workload to any cluster', 'Declared in the same Helm charts as the services'],
      cons: ['Needs a CNI that enforces policy (Calico, Cilium)', 'Easy to break DNS or health checks with a too-strict policy'],
      costClass: 'free',
      complexity: 3,
      skills: ['Kubernetes networking', 'CNI configuration'],
      leans: { compliance: 1, resilience: 0, simplicity: -1, cost: 1, speed: 0 },
      rejectIf: (c) => (onKubernetes(c) ? null : 'the inputs do not run on Kubernetes'),
      fits: [{ when: (c) => onKubernetes(c), weight: 7, because: 'the workloads run on Kubernetes' }],
    },
  ],
});
