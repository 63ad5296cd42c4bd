// Decision point: whether and how requests are traced across services.
import { definePoint, type DecideContext } from '../../define-point.js';
import { inline, services, units } from '../../criteria.js';
import { LOCKED_TO_ONE_PROVIDER, chose, onKubernetes, runsFunctions } from '../../platform-family.js';
import { onOwnPlatform } from '../../own-platform.js';

const METRICS = 'observability.metrics';
const distributed = (c: DecideContext) => c.v.style('microservices', 'event-driven');

export default definePoint({
  meta: {
    id: 'observability.tracing',
    domain: 'observability',
    title: 'Distributed tracing',
    question: 'How are requests followed across services, queues and databases?',
    docs: 'Tracing pays for itself once a request crosses more than one service or queue: it shows where latency and errors come from. Instrumenting with OpenTelemetry keeps the choice of backend open; provider tracers need least setup on their own platform; a single-process monolith can defer tracing and rely on logs with request ids.',
    assumption: 'The inputs say nothing about tracing; OpenTelemetry instrumentation was assumed so the backend stays replaceable.',
    contributes: 'external-service',
    check: (d, m) => `One request through the public entry point shows as a single trace across ${units(m)} in ${inline(d.choiceTitle)}.`,
  },
  options: [
    {
      id: 'opentelemetry',
      alsoMatches: ['opentelemetry', 'tempo', 'jaeger'],
      title: 'OpenTelemetry with Tempo or Jaeger',
      summary: 'OpenTelemetry SDKs and collector, exporting traces to Grafana Tempo, Jaeger or any OTLP backend.',
      pros: [
        'Vendor-neutral instrumentation: switch backends by reconfiguring the collector',
        'Auto-instrumentation for common frameworks, HTTP clients and database drivers',
      ],
      cons: ['Collector and backend are more to run', 'Sampling strategy needs thought to control volume'],
      costClass: 'low',
      complexity: 3,
      skills: ['OpenTelemetry'],
      leans: { resilience: 1, cost: 1, simplicity: -1 },
      fits: [
        { when: distributed, weight: 4, because: 'requests cross several services or queues' },
        { when: (c) => chose(c, METRICS, 'prometheus-grafana'), weight: 2, because: 'Tempo sits in the same Grafana as the metrics' },
        { when: (c) => onKubernetes(c), weight: 1, because: 'the collector runs as a Kubernetes daemonset or sidecar' },
        { when: (c) => c.v.multiCloud(), weight: 2, because: 'one instrumentation works on every platform named' },
      ],
    },
    {
      id: 'x-ray',
      alsoMatches: ['x-ray'],
      title: 'AWS X-Ray (via the ADOT collector)',
      summary: 'AWS tracing service with native Lambda and API Gateway integration, fed by the AWS Distro for OpenTelemetry.',
      pros: ['One switch turns on tracing for Lambda and API Gateway', 'Service map in the CloudWatch console next to metrics'],
      cons: ['AWS-only view; calls to other platforms appear as leaves', 'Limited querying compared with dedicated tracing backends'],
      costClass: 'low',
      complexity: 2,
      skills: ['AWS X-Ray'],
      leans: { simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        onOwnPlatform(2, 'the platform is AWS'),
        {
          when: (c) => c.v.committedAny('aws-lambda', 'api-gateway', 'step-functions'),
          weight: 3,
          because: 'Lambda and API Gateway emit X-Ray segments natively',
        },
      ],
    },
    {
      id: 'cloud-trace',
      title: 'Google Cloud Trace',
      summary: 'Google Cloud tracing that accepts OpenTelemetry and shows latency per request in the console.',
      pros: ['Cloud Run request traces with no setup', 'OTLP ingestion keeps instrumentation portable'],
      cons: ['Basic analysis compared with dedicated APM', 'Google Cloud only'],
      costClass: 'low',
      complexity: 2,
      skills: ['Cloud Trace'],
      leans: { simplicity: 1 },
      needsProvider: 'in-scope',
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        onOwnPlatform(3, 'the platform is Google Cloud'),
        {
          when: (c) => c.v.committedAny('cloud-run', 'cloud-functions'),
          weight: 2,
          because: 'Cloud Run traces incoming requests natively',
        },
      ],
    },
    {
      id: 'application-insights',
      title: 'Azure Application Insights',
      summary: 'Azure Monitor APM with distributed tracing, dependency maps and live metrics.',
      pros: ['Auto-instrumentation for App Service, Functions and .NET', 'Traces live next to Azure Monitor logs (KQL)'],
      cons: ['Ingestion billed per GB through Log Analytics', 'Azure-centred'],
      costClass: 'medium',
      complexity: 2,
      skills: ['Application Insights, KQL'],
      leans: { simplicity: 1 },
      needsProvider: 'in-scope',
      fits: [LOCKED_TO_ONE_PROVIDER, onOwnPlatform(4, 'the platform is Azure')],
    },
    {
      id: 'datadog-apm',
      title: 'Datadog APM',
      summary: 'Datadog tracing with service maps, profiling and trace-to-log correlation.',
      pros: ['Traces, logs and metrics correlated with one click', 'Continuous profiler and error tracking included'],
      cons: ['Per-host APM pricing on top of infrastructure monitoring', 'Vendor agents and tags shape the code'],
      costClass: 'high',
      complexity: 2,
      skills: ['Datadog'],
      leans: { speed: 1, cost: -2 },
      fits: [{ when: (c) => chose(c, METRICS, 'datadog'), weight: 6, because: 'metrics are in Datadog already' }],
    },
    {
      id: 'no-tracing-yet',
      check: (_d, m) => `Each request to ${services(m)} carries a request id that appears in every log line it causes.`,
      attrs: { none: true },
      title: 'No tracing yet (request ids in logs)',
      summary: 'Defer tracing; every request carries a correlation id through logs until a second service appears.',
      pros: ['Nothing to run or pay for', 'Correlation ids give most of the value in a single process'],
      cons: ['Cross-service latency problems will be guesswork', 'Retro-fitting instrumentation later touches every service'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: -1 },
      fits: [
        {
          when: (c) => c.v.style('monolith', 'modular-monolith'),
          weight: 4,
          because: 'a single deployable needs logs with request ids more than traces',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'a small team has higher-value work first' },
        { when: distributed, weight: -4, because: 'requests cross services, where tracing is the main debugging tool' },
        { when: (c) => runsFunctions(c), weight: -1, because: 'chains of functions are hard to debug without traces' },
      ],
    },
  ],
});
