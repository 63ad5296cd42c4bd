// Platform services the decision points ask about beyond the contract's lists: identity, secrets, telemetry, paging.
// Only Cognito implies its cloud: sign-in through Entra ID or logs shipped to CloudWatch say nothing about hosting.
import { alias, type AliasEntry } from './alias-entry.js';

export const SERVICE_ALIASES: AliasEntry[] = [
  // Identity
  alias('cognito', 'services', ['Amazon Cognito', 'AWS Cognito', 'Cognito', 'Cognito User Pools', 'Cognito User Pool'], { implies: ['cloudProviders:aws'] }),
  alias('entra-id', 'services', ['Microsoft Entra ID', 'Entra ID', 'Azure AD', 'Azure Active Directory', 'Azure AD B2C']),
  alias('firebase-auth', 'services', ['Firebase Auth', 'Firebase Authentication']),
  alias('supabase-auth', 'services', ['Supabase Auth', 'Supabase Authentication']),
  alias('auth0', 'services', ['Auth0']),
  alias('okta', 'services', ['Okta']),
  alias('keycloak', 'services', ['Keycloak']),
  alias('clerk', 'services', ['Clerk'], { exact: ['Clerk'] }),
  alias('nextauth', 'services', ['NextAuth', 'NextAuth.js', 'Auth.js']),
  // Secrets
  alias('aws-secrets-manager', 'services', ['AWS Secrets Manager', 'Amazon Secrets Manager', 'Secrets Manager'], { vendor: /\b(AWS|Amazon)\b/ }),
  alias('ssm-parameter-store', 'services', ['SSM Parameter Store', 'Parameter Store', 'AWS Systems Manager Parameter Store']),
  alias('azure-key-vault', 'services', ['Azure Key Vault', 'Key Vault'], { vendor: /\bAzure\b/ }),
  alias('gcp-secret-manager', 'services', ['Google Secret Manager', 'GCP Secret Manager', 'Google Cloud Secret Manager']),
  alias('hashicorp-vault', 'services', ['HashiCorp Vault', 'OpenBao']),
  alias('sops', 'services', ['SOPS', 'Mozilla SOPS'], { exact: ['SOPS'] }),
  alias('ansible-vault', 'services', ['Ansible Vault']),
  alias('sealed-secrets', 'services', ['Sealed Secrets']),
  // Metrics, logs, traces
  alias('cloudwatch', 'services', ['Amazon CloudWatch', 'AWS CloudWatch', 'CloudWatch', 'CloudWatch Logs', 'CloudWatch Alarms']),
  alias('x-ray', 'services', ['AWS X-Ray', 'X-Ray'], { exact: ['X-Ray'] }),
  alias('azure-monitor', 'services', ['Azure Monitor', 'Log Analytics']),
  alias('application-insights', 'services', ['Application Insights', 'App Insights']),
  alias('cloud-monitoring', 'services', ['Google Cloud Monitoring', 'Cloud Monitoring', 'Stackdriver']),
  alias('cloud-logging', 'services', ['Google Cloud Logging', 'Cloud Logging']),
  alias('cloud-trace', 'services', ['Google Cloud Trace', 'Cloud Trace']),
  alias('prometheus', 'services', ['Prometheus']),
  alias('grafana', 'services', ['Grafana', 'Grafana Cloud']),
  alias('loki', 'services', ['Grafana Loki', 'Loki'], { exact: ['Loki'] }),
  alias('elk', 'services', ['ELK stack', 'ELK', 'Elastic Stack', 'Kibana'], { exact: ['ELK'] }),
  alias('datadog', 'services', ['Datadog']),
  alias('new-relic', 'services', ['New Relic']),
  alias('opentelemetry', 'services', ['OpenTelemetry', 'OTel'], { exact: ['OTel'] }),
  alias('jaeger', 'services', ['Jaeger']),
  alias('sentry', 'services', ['Sentry']),
  alias('better-stack', 'services', ['Better Stack', 'Logtail']),
  alias('papertrail', 'services', ['Papertrail']),
  // Paging
  alias('pagerduty', 'services', ['PagerDuty']),
  alias('opsgenie', 'services', ['Opsgenie', 'OpsGenie']),
];
