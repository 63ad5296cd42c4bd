// Network architecture: topology, segmentation, edge protection, ingress and name resolution.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, together, words } from '../detectors.js';

export const networkItems = [
  item({
    id: 'ckl-net-topology',
    area: 'network',
    title: 'Network topology described',
    description: 'The network layout (VPC/VNet, subnets, or the platform-managed network) is described.',
    severity: 'warning',
    detects: 'VPC, VNet, virtual network, subnet, CIDR, network topology, or a Network heading',
    detect: anyOf(
      mentions(words('VPCs?', 'VNets?', 'virtual (?:private )?networks?', 'subnets?', 'CIDR', 'network topology', 'private network(?:ing)?', 'peering', 'Transit Gateway', 'overlay network', 'docker network', 'service mesh')),
      heading(words('network(?:ing)?', 'topology')),
    ),
    docs: {
      why: 'Without a topology, segmentation, firewalling and private connectivity cannot be reviewed or built consistently.',
      fix: 'Describe the networks and subnets (or state that the platform provides the network, and what that implies), ideally with a diagram.',
    },
  }),
  item({
    id: 'ckl-net-segmentation',
    area: 'network',
    title: 'Network segmentation',
    description: 'Tiers or zones are separated (public/private subnets, security groups, network policies, firewalls).',
    severity: 'warning',
    detects: 'private/public subnets, security groups, NACLs, firewalls, network policies, DMZ, zones, segmentation, isolation',
    detect: mentions(words(
      '(?:private|public|isolated|data|app(?:lication)?) subnets?', 'security groups?', 'NACLs?', 'network ACLs?', 'firewall(?:s| rules?)?',
      'network polic(?:y|ies)', 'DMZ', 'segmentation', 'segmented', 'security zones?', 'trust zones?', 'network isolation', 'isolated network',
      'micro-?segmentation', 'private endpoints?', 'Private Link', 'PrivateLink', 'VPC endpoints?', 'allow-?list(?:ed|ing)?', 'ip whitelist(?:ing)?', 'ingress rules?', 'egress rules?',
    )),
    docs: {
      why: 'Segmentation limits the blast radius of a compromise and is expected by most security frameworks.',
      fix: 'Say which components sit in public, private and data tiers and what controls traffic between them.',
    },
  }),
  item({
    id: 'ckl-net-edge-protection',
    area: 'network',
    title: 'Edge protection (WAF / DDoS / rate limits)',
    description: 'Traffic from the internet passes an edge control: WAF, DDoS protection, or rate limiting.',
    severity: 'warning',
    detects: 'WAF, web application firewall, DDoS, Shield, Cloud Armor, Front Door, Cloudflare, rate limiting, throttling, bot protection',
    detect: mentions(words('WAF', 'web application firewall', 'DDoS', 'AWS Shield', 'Shield', 'Cloud Armor', 'Front Door', 'Cloudflare', 'rate[- ]limit\\w*', 'throttl\\w*', 'bot (?:protection|management)', 'edge (?:protection|security)')),
    docs: {
      why: 'Public endpoints attract abuse; an edge control is the cheapest place to stop it.',
      fix: 'Name the edge control (managed WAF rules, DDoS protection, API rate limits) or explain why none is needed.',
    },
  }),
  item({
    id: 'ckl-net-ingress',
    area: 'network',
    title: 'Ingress path',
    description: 'How requests reach the services is described (load balancer, API gateway, ingress controller, CDN, platform router).',
    severity: 'warning',
    detects: 'load balancer, ALB/NLB, API Gateway, ingress, reverse proxy, CDN, CloudFront, edge network',
    detect: mentions(words('load[- ]balanc\\w*', 'ALB', 'NLB', 'ELB', 'API Gateway', 'API management', 'APIM', 'ingress(?: controller)?', 'reverse proxy', 'nginx', 'Traefik', 'Envoy', 'Caddy', 'CDN', 'CloudFront', 'Front Door', 'edge network', 'HAProxy', 'Application Gateway')),
    docs: {
      why: 'The ingress path decides where TLS terminates, where edge controls apply and how scaling is exposed.',
      fix: 'Describe the request path from the client to the services, naming each hop.',
    },
  }),
  item({
    id: 'ckl-net-dns',
    area: 'network',
    title: 'DNS and domains',
    description: 'Domain names and DNS management are covered.',
    severity: 'info',
    detects: 'DNS, Route 53, Cloud DNS, custom domain, hosted zone, domain name',
    detect: mentions(words('DNS', 'Route ?53', 'Cloud DNS', 'custom domains?', 'hosted zones?', 'domain names?', 'subdomains?', 'certificates?', 'ACM')),
    docs: {
      why: 'DNS and certificates are a classic source of outages and of forgotten manual steps.',
      fix: 'Say who owns the domains, where DNS is hosted and how certificates are issued and renewed.',
    },
  }),
  item({
    id: 'ckl-net-private-data-access',
    area: 'network',
    title: 'Data stores not publicly reachable',
    description: 'Databases and stores are reachable only privately, or the document says how public access is restricted.',
    severity: 'warning',
    detects: 'a data store named together with private subnet, no public access, private endpoint, allowlist, block public access, or internal-only wording',
    detect: anyOf(
      together(
        words('databases?', 'DB', 'RDS', 'Postgre\\w*', 'MySQL', 'DynamoDB', 'Redis', 'buckets?', 'S3', 'storage', 'data (?:tier|layer|stores?)', 'Supabase', 'Mongo\\w*'),
        words('private subnets?', 'no public (?:access|endpoints?|IPs?)', '(?:not|never) (?:publicly|directly) (?:accessible|exposed|reachable)', 'private(?:ly)? (?:endpoints?|access|connectivity|networking)', 'block (?:all )?public access', 'BlockPublicAccess', 'allow-?list\\w*', 'IP restrict\\w*', 'internal[- ]only', 'VPC endpoints?', 'Private Link', 'PrivateLink', 'row[- ]level security', 'RLS', 'OAC', 'origin access', 'isolated'),
      ),
      mentions(words('block (?:all )?public access', 'BlockPublicAccess', 'Origin Access Control')),
    ),
    docs: {
      why: 'Publicly reachable databases and buckets are among the most common causes of breaches.',
      fix: 'State that data stores sit in private subnets or behind private endpoints, or how their public endpoints are locked down.',
    },
  }),
];
