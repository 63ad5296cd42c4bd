// Observability: metrics, logs, alerting, tracing, dashboards and incident response.
import { item } from '../checklist-item.js';
import { mentions, techWords, words } from '../detectors.js';

/** Monitoring words, or a telemetry product the catalogue knows (CloudWatch, Datadog, Sentry, ...). */
const MONITORING = techWords((c) => c.withSlot('telemetry'), 'monitor(?:ing|ed|s)?', 'metrics?', 'telemetry', 'observability', 'APM');

export const observabilityItems = [
  item({
    id: 'ckl-obs-monitoring',
    area: 'observability',
    title: 'Monitoring and metrics',
    description: 'How the system is monitored (metrics, tools, what is measured) is described.',
    severity: 'error',
    detects: 'monitoring, metrics, or a monitoring tool (CloudWatch, Prometheus, Datadog, Azure Monitor, Sentry, ...)',
    detect: mentions(MONITORING),
    docs: {
      why: 'You cannot operate, scale or debug what you cannot see.',
      fix: 'Name the monitoring tool and the key metrics per component (latency, errors, saturation, business KPIs).',
    },
  }),
  item({
    id: 'ckl-obs-logging',
    area: 'observability',
    title: 'Logging',
    description: 'Where logs go, their format and how they are searched are described.',
    severity: 'error',
    detects: 'logging, logs, log aggregation, structured logs, CloudWatch Logs, Loki, ELK, Log Analytics, Cloud Logging',
    detect: mentions(
      words(
        'logg(?:ing|ed|er)',
        'logs?',
        'log (?:aggregation|management|shipping|groups?|retention)',
        'structured log\\w*',
        'JSON logs?',
        'CloudWatch Logs',
        'Loki',
        'ELK',
        'Log Analytics',
        'Cloud Logging',
        'Fluent ?Bit',
        'Fluentd',
        'Logtail',
        'Papertrail',
        'Splunk',
      ),
    ),
    docs: {
      why: 'Logs are the primary debugging and audit record; without a plan they end up scattered or missing.',
      fix: 'Say where logs are collected, the format (structured JSON with correlation ids), retention and who can read them.',
    },
  }),
  item({
    id: 'ckl-obs-alerting',
    area: 'observability',
    title: 'Alerting',
    description: 'What raises an alert and who gets notified is described.',
    severity: 'error',
    detects: 'alerts/alerting, alarms, paging, on-call, PagerDuty/Opsgenie, notifications on thresholds',
    detect: mentions(
      words(
        'alert(?:s|ing|ed)?',
        'alarms?',
        'paging',
        'paged',
        'pages? (?:an? |the )?(?:on-?call|engineers?|responders?|team)',
        'on-?call',
        'PagerDuty',
        'Opsgenie',
        'VictorOps',
        'incident\\.io',
        'notif(?:y|ied|ications?) (?:on|when|the|via|to)',
        'escalat\\w*',
      ),
    ),
    docs: {
      why: 'Monitoring that nobody is told about does not shorten an outage.',
      fix: 'List the alert conditions (error rate, latency, saturation, failed jobs, budget), thresholds, channels and the responder.',
    },
  }),
  item({
    id: 'ckl-obs-tracing',
    area: 'observability',
    title: 'Tracing and correlation',
    description: 'Requests can be followed across components (distributed tracing or correlation ids).',
    severity: 'info',
    detects: 'tracing, traces, X-Ray, OpenTelemetry, Jaeger, Zipkin, correlation/request ids, APM',
    detect: mentions(
      words(
        'trac(?:ing|es)',
        'X-Ray',
        'OpenTelemetry',
        'OTel',
        'Jaeger',
        'Zipkin',
        'Tempo',
        '(?:correlation|request|trace) ?ids?',
        'APM',
        'spans?',
      ),
    ),
    docs: {
      why: 'In distributed systems a failure shows up far from its cause; tracing links the two.',
      fix: 'Adopt tracing (OpenTelemetry or the platform tracer) or at least propagate a correlation id through logs.',
    },
  }),
  item({
    id: 'ckl-obs-dashboards',
    area: 'observability',
    title: 'Dashboards',
    description: 'Dashboards or views that show system health are planned.',
    severity: 'info',
    detects: 'dashboard(s), Grafana, visualisation, status page',
    detect: mentions(words('dashboards?', 'Grafana', 'visuali[sz]ations?', 'status pages?', 'health view')),
    docs: {
      why: 'A shared view of health speeds up diagnosis and makes capacity trends visible.',
      fix: 'Name the dashboards (service health, business KPIs, cost) and where they live.',
    },
  }),
  item({
    id: 'ckl-obs-incident-response',
    area: 'observability',
    title: 'Incident response',
    description: 'How incidents are handled (runbooks, on-call, escalation, post-incident review) is described.',
    severity: 'warning',
    detects: 'incident response/management, runbooks, playbooks, on-call rota, escalation, post-mortems',
    detect: mentions(
      words(
        'incident (?:response|management|handling|process|procedures?)',
        'runbooks?',
        'playbooks?',
        'on-?call',
        'escalation',
        'post-?mortems?',
        'post-incident',
        'root cause analysis',
        'RCA',
        'severity levels?',
        'SEV[ -]?\\d',
      ),
    ),
    docs: {
      why: 'Clear response steps shorten outages and prevent repeated mistakes.',
      fix: 'Describe who responds, the escalation path, the runbooks to write and the post-incident review practice.',
    },
  }),
];
