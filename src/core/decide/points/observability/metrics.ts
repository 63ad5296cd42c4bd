// Decision point: where metrics are collected, stored and shown on dashboards.
import { definePoint, type Signal } from '../../define-point.js';
import { inline, services, shared } from '../../criteria.js';
import { LOCKED_TO_ONE_PROVIDER, onKubernetes, runsFunctions, settledOn } from '../../platform-family.js';
import { onOwnPlatform } from '../../own-platform.js';

const portable: Signal = {
  when: (c) => c.v.multiCloud(),
  weight: 3,
  because: 'one metrics stack must cover every platform the inputs name',
};

export default definePoint({
  meta: {
    id: 'observability.metrics',
    domain: 'observability',
    title: 'Metrics and dashboards',
    question: 'Which system collects metrics and shows the dashboards the service levels are measured on?',
    docs: "Metrics are how availability targets are measured and how alerts fire. The platform's own service sees its managed resources with no agents; Prometheus and Grafana are the portable standard where workloads run on Kubernetes or your own servers; a commercial suite buys breadth and correlation for a per-host or per-metric bill.",
    assumption:
      'The inputs do not name a monitoring tool; the metrics stack follows the platform (its native service once settled, Prometheus and Grafana while it is not).',
    adr: true,
    traces: ['operability'],
    contributes: 'external-service',
    check: (d, m) => `Request rate, errors, latency and saturation of ${services(m)} show in ${inline(d.choiceTitle)} for ${shared(m)}.`,
  },
  options: [
    {
      id: 'cloudwatch',
      title: 'Amazon CloudWatch',
      summary: 'AWS metrics, dashboards and alarms; Lambda, API Gateway, RDS and DynamoDB publish metrics with no agent.',
      pros: ['Every managed AWS service reports into it by default', 'Alarms drive auto scaling and SNS notifications directly'],
      cons: ['Custom metrics and high-resolution data get expensive', 'Dashboards are basic next to Grafana'],
      costClass: 'low',
      complexity: 2,
      skills: ['CloudWatch metrics and alarms'],
      leans: { simplicity: 1, cost: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        onOwnPlatform(4, 'the platform is AWS, whose services publish to CloudWatch'),
        { when: (c) => runsFunctions(c) && c.v.committedAny('aws-lambda'), weight: 1, because: 'Lambda has no host to run an agent on' },
      ],
    },
    {
      id: 'azure-monitor',
      alsoMatches: ['application-insights'],
      title: 'Azure Monitor',
      summary: 'Azure platform metrics, workbooks and alerts, with Application Insights for application telemetry.',
      pros: ['Platform metrics for every Azure resource without setup', 'Application Insights adds request and dependency telemetry'],
      cons: ['Log Analytics ingestion is priced per GB and adds up', 'Azure-only'],
      costClass: 'low',
      complexity: 2,
      skills: ['Azure Monitor, KQL'],
      leans: { simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [LOCKED_TO_ONE_PROVIDER, onOwnPlatform(4, 'the platform is Azure, whose resources report to Azure Monitor')],
    },
    {
      id: 'cloud-monitoring',
      alsoMatches: ['cloud-monitoring'],
      title: 'Google Cloud Monitoring',
      summary: 'Google Cloud metrics, dashboards, uptime checks and SLO monitoring; Cloud Run and Cloud SQL report natively.',
      pros: ['Built-in SLO objects and burn-rate alerts', 'Managed Service for Prometheus accepts PromQL'],
      cons: ['Custom metric volume is billed', 'Google Cloud only'],
      costClass: 'low',
      complexity: 2,
      skills: ['Cloud Monitoring'],
      leans: { simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [LOCKED_TO_ONE_PROVIDER, onOwnPlatform(4, 'the platform is Google Cloud, whose services report to Cloud Monitoring')],
    },
    {
      id: 'prometheus-grafana',
      attrs: { hosting: 'self-hosted', heavyweight: true },
      tech: 'prometheus',
      alsoMatches: ['grafana', 'grafana-cloud', 'victoriametrics', 'mimir'],
      title: 'Prometheus and Grafana',
      summary: 'Open-source metrics scraping with PromQL and Grafana dashboards, self-hosted or as Grafana Cloud.',
      pros: [
        'The Kubernetes and open-source standard; exporters exist for nearly everything',
        'Runs identically on any cloud or in a data centre',
      ],
      cons: [
        'Long-term storage and high availability need Thanos, Mimir or a hosted backend',
        'Someone owns the upgrades, storage and cardinality',
      ],
      costClass: 'low',
      complexity: 3,
      skills: ['Prometheus, PromQL', 'Grafana'],
      leans: { cost: 1, resilience: 1, simplicity: -1 },
      fits: [
        { when: (c) => onKubernetes(c), weight: 5, because: 'workloads run on Kubernetes, where Prometheus is the native metrics stack' },
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 4, because: 'self-run servers have no platform metrics service' },
        portable,
      ],
    },
    {
      id: 'datadog',
      title: 'Datadog',
      summary: 'Commercial SaaS for metrics, logs, traces and synthetics with agents and integrations for every platform.',
      pros: [
        'One place for metrics, logs, APM and synthetics across clouds',
        'Hundreds of integrations and good out-of-the-box dashboards',
      ],
      cons: [
        'Per-host, per-GB and custom-metric pricing grows fast and is hard to predict',
        'Strong lock-in to its agents and query language',
      ],
      costClass: 'high',
      complexity: 2,
      skills: ['Datadog'],
      leans: { simplicity: 1, speed: 1, resilience: 1, cost: -2 },
      fits: [
        portable,
        { when: (c) => c.v.teamAtLeast(15), weight: 2, because: 'a larger organisation gains from one shared observability suite' },
        {
          when: (c) => c.v.style('microservices') && c.v.usersAtLeast(100_000),
          weight: 1,
          because: 'many services at scale benefit from correlated telemetry',
        },
      ],
    },
    {
      id: 'platform-dashboards',
      title: 'Platform built-in dashboards',
      summary: 'The metrics the PaaS shows per service (requests, latency, memory, CPU), plus an external uptime check.',
      pros: ['Nothing to set up or pay for', 'Good enough to see whether a deploy broke something'],
      cons: ['Short retention and no custom business metrics', 'Cannot measure an availability target across platforms'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, speed: 2, resilience: -1 },
      rejectIf: (c) => (settledOn(c, 'paas') || c.v.paasOnly() ? null : 'the system does not run on a PaaS that provides dashboards'),
      fits: [
        { when: (c) => c.v.paasOnly() ?? settledOn(c, 'paas'), weight: 4, because: 'the PaaS already shows per-service metrics' },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'nothing to run for a small team' },
        {
          when: (c) => c.v.availabilityAtLeast(99.9),
          weight: -2,
          because: 'a stated availability target needs measured SLIs beyond platform charts',
        },
      ],
    },
  ],
});
