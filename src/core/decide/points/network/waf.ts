// Decision point: the web application firewall and rate limiting in front of public endpoints.
import { definePoint, type DecideContext } from '../../define-point.js';
import { services, units } from '../../criteria.js';
import { needsProviderOf } from '../../platform-family.js';
import { kb } from '../../../knowledge/active.js';

const edgeIs = (id: string) => (c: DecideContext) => (c.chosen('network.edge') === id ? [] : null);
/** The inputs fall under a regime whose assessors expect a WAF control by name. */
const regulated = (c: DecideContext) => c.v.compliance(...kb().regimesExpecting('waf'));
const ingressIs =
  (...ids: string[]) =>
  (c: DecideContext) =>
    ids.includes(c.chosen('network.ingress') ?? '') ? [] : null;

export default definePoint({
  meta: {
    id: 'network.waf',
    domain: 'network',
    title: 'Web application firewall',
    question: 'Which WAF filters malicious requests and enforces rate limits before they reach the application?',
    docs: 'A WAF blocks common injection and scanning traffic, enforces rate limits and bot rules, and gives an auditor a named control for OWASP risks (PCI-DSS requires one, or equivalent code review, for public card-data applications). It belongs where TLS is terminated: on the CDN or the load balancer.',
    assumption:
      'The inputs do not mention a WAF; the WAF that attaches to the chosen edge or load balancer was assumed, or rate limiting in the application where the platform offers none.',
    traces: ['security'],
    check: (d, m) => `${d.choiceTitle} is attached to every public entry point of ${units(m)} and blocks a test SQL-injection request.`,
  },
  options: [
    {
      id: 'aws-waf',
      title: 'AWS WAF with managed rule groups',
      summary:
        'Web ACL on CloudFront, the load balancer or API Gateway with AWS managed rules (common, known bad inputs, IP reputation) and rate-based rules.',
      pros: ['Managed rule groups maintained by AWS', 'Attaches to CloudFront, ALB and API Gateway without extra hops'],
      cons: ['Per-rule and per-request charges add up', 'Tuning false positives needs logging and time'],
      costClass: 'low',
      attrs: { charges: ['webAcl'] },
      complexity: 2,
      skills: ['WAF rule tuning'],
      leans: { compliance: 2, resilience: 1, cost: -1, simplicity: 0, speed: 0 },
      rejectIf: (c) =>
        needsProviderOf('aws-waf')(c) ??
        (edgeIs('cloudfront')(c) || ingressIs('alb', 'api-gateway')(c)
          ? null
          : 'AWS WAF attaches only to CloudFront, an ALB or API Gateway, and none is in the path'),
      fits: [
        { when: edgeIs('cloudfront'), weight: 4, because: 'it attaches to the CloudFront distribution' },
        { when: ingressIs('alb', 'api-gateway'), weight: 3, because: 'it attaches to the AWS load balancer or API' },
        { when: regulated, weight: 3, because: 'the compliance regime expects a WAF control' },
      ],
    },
    {
      id: 'cloudflare-waf',
      title: 'Cloudflare WAF and rate limiting',
      summary: 'Cloudflare managed rulesets, rate-limiting rules and bot management on the proxy in front of the origin.',
      pros: ['Runs at the edge, before traffic costs the origin anything', 'Good baseline rules on the lower paid plans'],
      cons: ['Advanced bot and managed rules need higher plans', 'The origin must be locked to Cloudflare addresses or it can be bypassed'],
      costClass: 'low',
      attrs: { charges: ['webAcl'] },
      complexity: 2,
      skills: ['Cloudflare rules'],
      leans: { cost: 1, compliance: 1, resilience: 1, simplicity: 1, speed: 1 },
      rejectIf: (c) =>
        ['cloudflare', 'platform-edge'].includes(c.chosen('network.edge') ?? '') || c.v.committed('cloudflare')
          ? null
          : 'the traffic does not pass through Cloudflare',
      fits: [
        { when: edgeIs('cloudflare'), weight: 6, because: 'Cloudflare is already the edge' },
        {
          when: (c) => (c.chosen('network.edge') === 'platform-edge' ? regulated(c) : null),
          weight: 3,
          because: 'a regulated PaaS stack gets a managed WAF by proxying through Cloudflare',
        },
      ],
    },
    {
      id: 'azure-waf',
      title: 'Azure WAF policy',
      summary: 'WAF policy with the Microsoft default rule set on Front Door or Application Gateway.',
      pros: ['Managed default and bot rule sets', 'One policy shared by Front Door and App Gateway'],
      cons: ['Premium tiers needed for managed rules on Front Door', 'Logs must be routed to a workspace to tune rules'],
      costClass: 'medium',
      attrs: { charges: ['webAcl'] },
      complexity: 2,
      skills: ['WAF rule tuning'],
      leans: { compliance: 2, resilience: 1, cost: -1, simplicity: 0, speed: 0 },
      rejectIf: (c) =>
        needsProviderOf('azure-waf')(c) ??
        (edgeIs('azure-front-door')(c) || ingressIs('azure-app-gateway')(c)
          ? null
          : 'Azure WAF attaches only to Front Door or Application Gateway, and neither is in the path'),
      fits: [
        { when: edgeIs('azure-front-door'), weight: 4, because: 'it attaches to Front Door' },
        { when: ingressIs('azure-app-gateway'), weight: 3, because: 'it attaches to Application Gateway' },
        { when: regulated, weight: 3, because: 'the compliance regime expects a WAF control' },
      ],
    },
    {
      id: 'cloud-armor',
      title: 'Google Cloud Armor',
      summary: 'Security policy on the external load balancer with preconfigured OWASP rules, rate limiting and adaptive protection.',
      pros: ['Preconfigured OWASP rule sets', 'Adaptive protection learns normal traffic'],
      cons: ['Only on the external load balancer, not the default Cloud Run URL', 'Enterprise features are priced per protected resource'],
      costClass: 'low',
      attrs: { charges: ['webAcl'] },
      complexity: 2,
      skills: ['Cloud Armor policies'],
      leans: { compliance: 2, resilience: 1, cost: 0, simplicity: 0, speed: 0 },
      rejectIf: (c) =>
        needsProviderOf('cloud-armor')(c) ??
        (ingressIs('google-load-balancer')(c) || edgeIs('cloud-cdn')(c)
          ? null
          : 'Cloud Armor attaches only to the Google external load balancer, which is not in the path'),
      fits: [
        { when: ingressIs('google-load-balancer'), weight: 4, because: 'it attaches to the Google load balancer' },
        { when: regulated, weight: 3, because: 'the compliance regime expects a WAF control' },
      ],
    },
    {
      id: 'app-rate-limiting',
      check: (_d, m) =>
        `A burst of requests above the limit to ${services(m)} gets HTTP 429; input validation rejects a test SQL-injection request.`,
      attrs: { none: true },
      title: 'No WAF: rate limiting and validation in the application',
      summary:
        "The application enforces rate limits per client, validates input strictly and relies on the platform's basic DDoS protection.",
      pros: ['No extra cost or vendor', 'Limits can follow business rules (per user, per tenant)'],
      cons: ['Malicious traffic still reaches and costs the application', 'No managed rules for new attack patterns'],
      costClass: 'free',
      complexity: 1,
      skills: ['rate-limiting middleware'],
      leans: { cost: 2, simplicity: 2, compliance: -2, resilience: -1, speed: 1 },
      fits: [
        {
          when: (c) => (c.chosen('network.edge') === 'platform-edge' || c.chosen('network.edge') === 'none' ? [] : null),
          weight: 4,
          because: 'the edge in use has no configurable WAF',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'one less system for a small team' },
        { when: regulated, weight: -4, because: 'auditors expect a managed WAF control' },
      ],
    },
  ],
});
