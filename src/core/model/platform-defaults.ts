// Sensible per-platform defaults, used when a decision point did not run or said nothing concrete.
import { familyOf, type Family } from '../decide/platform-family.js';

export interface PlatformDefaults {
  identity: string;
  secrets: string;
  metrics: string;
  logs: string;
  traces: string;
  alerting: string;
  isolation: string;
  network: string;
}

const BY_FAMILY: Partial<Record<Family, PlatformDefaults>> = {
  aws: {
    identity: 'AWS IAM Identity Center with least-privilege IAM roles',
    secrets: 'AWS Secrets Manager',
    metrics: 'Amazon CloudWatch metrics',
    logs: 'Amazon CloudWatch Logs',
    traces: 'AWS X-Ray (OpenTelemetry)',
    alerting: 'CloudWatch alarms to the on-call channel',
    isolation: 'one AWS account per environment (AWS Organizations)',
    network: 'VPC with public, private and data subnets across two availability zones',
  },
  azure: {
    identity: 'Microsoft Entra ID with managed identities',
    secrets: 'Azure Key Vault',
    metrics: 'Azure Monitor metrics',
    logs: 'Log Analytics workspace',
    traces: 'Application Insights (OpenTelemetry)',
    alerting: 'Azure Monitor alerts to the on-call channel',
    isolation: 'one subscription per environment',
    network: 'hub-and-spoke VNets with private endpoints',
  },
  gcp: {
    identity: 'Cloud IAM with per-service service accounts',
    secrets: 'Google Secret Manager',
    metrics: 'Cloud Monitoring',
    logs: 'Cloud Logging',
    traces: 'Cloud Trace (OpenTelemetry)',
    alerting: 'Cloud Monitoring alert policies to the on-call channel',
    isolation: 'one project per environment in a folder',
    network: 'VPC with private service access and Serverless VPC connectors',
  },
  'other-hyperscaler': {
    identity: 'the provider IAM with least-privilege roles',
    secrets: 'the provider secrets vault',
    metrics: 'the provider monitoring service',
    logs: 'the provider log service',
    traces: 'OpenTelemetry traces',
    alerting: 'provider alerts to the on-call channel',
    isolation: 'one account or compartment per environment',
    network: 'private network with public, private and data subnets',
  },
  paas: {
    identity: 'platform team accounts with SSO and role-based access',
    secrets: 'the platform encrypted environment variables',
    metrics: 'platform metrics dashboards',
    logs: 'platform log streams with a log drain',
    traces: 'OpenTelemetry traces to a hosted backend',
    alerting: 'uptime checks and error alerts to the team channel',
    isolation: 'separate projects per environment on the platform',
    network: 'platform-managed network with TLS everywhere',
  },
  servers: {
    identity: 'SSH keys per person behind a bastion, with role-based access',
    secrets: 'an encrypted secrets file or vault on the host',
    metrics: 'Prometheus node and application metrics',
    logs: 'centralised logs (Loki or equivalent)',
    traces: 'OpenTelemetry traces',
    alerting: 'Alertmanager to the team channel',
    isolation: 'separate servers per environment',
    network: 'host firewall with only 443 and a bastion port open',
  },
  'on-prem': {
    identity: 'the organisation directory (LDAP/OIDC) with role-based access',
    secrets: 'HashiCorp Vault or the customer vault',
    metrics: 'Prometheus metrics',
    logs: 'centralised logs (Loki or ELK)',
    traces: 'OpenTelemetry traces',
    alerting: 'Alertmanager to the operations team',
    isolation: 'separate VMs or clusters per environment',
    network: 'segmented VLANs with a DMZ for ingress',
  },
  kubernetes: {
    identity: 'OIDC single sign-on mapped to Kubernetes RBAC, workload service accounts',
    secrets: 'External Secrets Operator backed by a vault',
    metrics: 'Prometheus metrics',
    logs: 'centralised logs (Loki or ELK)',
    traces: 'OpenTelemetry traces',
    alerting: 'Alertmanager to the on-call channel',
    isolation: 'one namespace per environment, production on its own cluster',
    network: 'cluster network policies with an ingress controller',
  },
  unknown: {
    identity: 'a central identity provider with least-privilege roles',
    secrets: 'a managed secrets vault',
    metrics: 'a metrics service',
    logs: 'centralised logging',
    traces: 'OpenTelemetry traces',
    alerting: 'alerts to the team channel',
    isolation: 'separate accounts or projects per environment',
    network: 'segmented network with public, private and data zones',
  },
};

export function platformDefaults(platform: string | null): PlatformDefaults {
  return BY_FAMILY[familyOf(platform)] ?? BY_FAMILY.unknown!;
}

export { familyOf };
