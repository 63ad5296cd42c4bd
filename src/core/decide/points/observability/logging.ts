// Decision point: where logs are shipped, retained and searched.
import { definePoint } from '../../define-point.js';
import { LOCKED_TO_ONE_PROVIDER, chose, onKubernetes, onProvider, settledOn } from '../../platform-family.js';

const METRICS = 'observability.metrics';

export default definePoint({
  meta: {
    id: 'observability.logging',
    domain: 'observability',
    title: 'Log aggregation',
    question: 'Where are application and platform logs collected, kept and searched?',
    docs: 'Logs answer "what happened" during an incident and, under most compliance regimes, "who did what" for an auditor. The choice sets retention, search speed and a bill that scales with volume; it should sit next to the metrics stack so an alert leads straight to the logs behind it.',
    assumption: 'The inputs do not name a logging tool; logs follow the metrics stack and the platform. Set retention to match any compliance regime.',
  },
  options: [
    {
      id: 'cloudwatch-logs', tech: 'cloudwatch-logs', alsoMatches: ['cloudwatch'], title: 'CloudWatch Logs',
      summary: 'AWS log groups with Logs Insights queries, metric filters and subscription filters for export.',
      pros: ['Lambda, ECS and API Gateway write here with no agent', 'Retention per log group; archive to S3 for long retention'],
      cons: ['Ingestion per GB is pricey for chatty services', 'Logs Insights is slower and less flexible than a search engine'],
      costClass: 'low', complexity: 1, skills: ['CloudWatch Logs Insights'],
      leans: { simplicity: 2, compliance: 1 },
      rejectIf: onProvider('aws'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        { when: (c) => settledOn(c, 'aws'), weight: 4, because: 'the platform is AWS, whose services log to CloudWatch' },
        { when: (c) => chose(c, METRICS, 'cloudwatch'), weight: 2, because: 'metrics are in CloudWatch already' },
      ],
    },
    {
      id: 'log-analytics', tech: 'log-analytics', alsoMatches: ['azure-monitor'], title: 'Azure Monitor Logs (Log Analytics)',
      summary: 'Azure workspace for platform and application logs queried with KQL.',
      pros: ['Diagnostic settings route every Azure resource here', 'KQL is a capable query language'],
      cons: ['Per-GB ingestion on the analytics tier; basic tier limits queries', 'Azure-only'],
      costClass: 'medium', complexity: 2, skills: ['KQL'],
      leans: { simplicity: 1, compliance: 1 },
      rejectIf: onProvider('azure'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => settledOn(c, 'azure'), weight: 4, because: 'the platform is Azure' }],
    },
    {
      id: 'cloud-logging', tech: 'cloud-logging', alsoMatches: ['stackdriver'], title: 'Google Cloud Logging',
      summary: 'Google Cloud log buckets with Log Analytics (SQL), sinks to BigQuery or storage.',
      pros: ['Cloud Run and Cloud Functions log here automatically', 'Log buckets set region and retention per need'],
      cons: ['Ingestion beyond the free allotment is billed per GiB', 'Google Cloud only'],
      costClass: 'low', complexity: 1, skills: ['Cloud Logging'],
      leans: { simplicity: 2, compliance: 1 },
      rejectIf: onProvider('gcp', 'firebase'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => settledOn(c, 'gcp'), weight: 4, because: 'the platform is Google Cloud, whose runtimes log here' }],
    },
    {
      id: 'loki', attrs: { hosting: 'self-hosted', heavyweight: true }, tech: 'loki', alsoMatches: ['grafana-loki'], title: 'Grafana Loki',
      summary: 'Label-indexed log store that sits next to Prometheus in Grafana, self-hosted or in Grafana Cloud.',
      pros: ['Cheap storage: indexes labels only, chunks go to object storage', 'Same Grafana as the metrics, so alerts link to logs'],
      cons: ['Full-text search across large ranges is slow', 'High-cardinality labels hurt; needs discipline'],
      costClass: 'low', complexity: 3, skills: ['Loki, LogQL'],
      leans: { cost: 1, simplicity: 0 },
      fits: [
        { when: (c) => chose(c, METRICS, 'prometheus-grafana'), weight: 4, because: 'metrics are in Prometheus and Grafana' },
        { when: (c) => onKubernetes(c), weight: 2, because: 'Kubernetes pod logs ship to Loki with Promtail or Alloy' },
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 2, because: 'self-run servers need a self-hostable log store' },
      ],
    },
    {
      id: 'elastic-stack', attrs: { hosting: 'self-hosted', heavyweight: true }, tech: 'elk', alsoMatches: ['opensearch-dashboards', 'kibana', 'logstash'], title: 'Elasticsearch / OpenSearch stack',
      summary: 'Full-text indexed logs with Kibana or OpenSearch Dashboards, self-run or as a managed service.',
      pros: ['Fast full-text search and rich analytics over logs', 'SIEM and audit use cases on the same data'],
      cons: ['Index and shard management, heap sizing and upgrades are real work', 'Storage and memory costs are high for large volumes'],
      costClass: 'high', complexity: 4, skills: ['Elasticsearch/OpenSearch operations'],
      leans: { compliance: 2, simplicity: -2, cost: -1 },
      fits: [
        { when: (c) => c.v.audited() && c.v.teamAtLeast(10), weight: 3, because: 'audit and security investigations need searchable, long-retained logs and the team can run it' },
        { when: (c) => c.v.compliance('pci-dss', 'fedramp'), weight: 1, because: 'the regime expects searchable audit trails' },
      ],
    },
    {
      id: 'platform-log-drain', title: 'Platform logs with a log drain',
      summary: 'The PaaS keeps recent logs; a log drain forwards them to a retained store for search and audit.',
      pros: ['Logs exist from the first deploy', 'A drain gives retention without changing the app'],
      cons: ['Built-in retention is hours to days', 'Drains are often a paid-tier feature'],
      costClass: 'free', complexity: 1, skills: [],
      leans: { simplicity: 2, cost: 2, compliance: -1 },
      rejectIf: (c) => (settledOn(c, 'paas') || c.v.paasOnly() ? null : 'the system does not run on a PaaS with its own logs'),
      fits: [{ when: (c) => c.v.paasOnly() ?? settledOn(c, 'paas'), weight: 4, because: 'the PaaS collects stdout logs itself' }],
    },
    {
      id: 'hosted-log-service', tech: 'better-stack', alsoMatches: ['logtail', 'papertrail', 'axiom', 'logdna'], title: 'Hosted log service (Better Stack, Axiom, Papertrail)',
      summary: 'A SaaS log store fed by drains or agents, with search, retention and alerting included.',
      pros: ['Cross-platform: one place for PaaS, servers and functions', 'Predictable tiers and nothing to run'],
      cons: ['Another vendor holding production data', 'Volume tiers push you to sample or drop logs'],
      costClass: 'low', complexity: 1, skills: [],
      leans: { simplicity: 2, speed: 1, cost: 1 },
      fits: [
        { when: (c) => c.v.clouds().length >= 2 && c.v.paasOnly(), weight: 2, because: 'logs from several PaaS platforms need one place' },
        { when: (c) => settledOn(c, 'servers'), weight: 2, because: 'rented servers have no log service of their own' },
        { when: (c) => c.v.regulated(), weight: -1, because: 'a regulated-data log vendor needs its own agreement' },
      ],
    },
    {
      id: 'datadog-logs', tech: 'datadog-logs', title: 'Datadog Log Management',
      summary: 'Logs in the same Datadog account as metrics and traces, with pipelines and archive rehydration.',
      pros: ['Logs, metrics and traces correlated in one UI', 'Archive to object storage and rehydrate on demand'],
      cons: ['Per-GB ingestion plus indexing charges', 'Lock-in to the Datadog agent and pipelines'],
      costClass: 'high', complexity: 2, skills: ['Datadog'],
      leans: { simplicity: 1, cost: -2 },
      fits: [{ when: (c) => chose(c, METRICS, 'datadog'), weight: 6, because: 'metrics are in Datadog already' }],
    },
  ],
});
