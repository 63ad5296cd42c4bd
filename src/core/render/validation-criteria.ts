// A checkable implementation criterion per decision: what a reviewer inspects to confirm it was built as decided.
import type { Decision, InfraModel } from '../types.js';

type Rule = (d: Decision, m: InfraModel) => string;

const BY_POINT: Record<string, Rule> = {
  'cloud.primary-platform': (d) => `Every production resource is provisioned in ${d.choiceTitle}, under the organisation's accounts, and appears in the IaC state or platform inventory.`,
  'cloud.region-strategy': (_d, m) => `Resources are created only in ${m.regions.map((r) => r.id).join(', ')}; a policy or CI check rejects other regions.`,
  'network.topology': () => 'Data stores have no route from the internet: a port scan from outside the network reaches only the edge and the public entry point.',
  'network.waf': (d) => `${d.choiceTitle} is attached to every public entry point and blocks a test injection request.`,
  'network.edge': (d) => `Static assets are served by ${d.choiceTitle} with cache hits visible in its metrics.`,
  'compute.runtime': (d) => `The application runs on ${d.choiceTitle}; its deployment is defined in code and rolls out through the pipeline only.`,
  'compute.scaling': (d) => `A load test shows ${d.choiceTitle} adding capacity before latency targets are missed, and scaling back afterwards.`,
  'data.primary-database': (d) => `${d.choiceTitle} runs with encryption at rest, automated backups and no public endpoint (or key and network restrictions where the service is public by design).`,
  'data.backup': () => 'A restore of last night\'s backup into a scratch environment succeeds and the restored data is checked.',
  'security.identity': (d) => `Human access uses ${d.choiceTitle} with MFA; no long-lived personal access keys exist.`,
  'security.secrets': (d) => `No secret appears in the repository or pipeline logs (secret scan passes); workloads read secrets from ${d.choiceTitle}.`,
  'security.encryption': () => 'TLS is enforced on every endpoint (HTTP redirects to HTTPS) and storage encryption is reported as enabled.',
  'security.supply-chain': () => 'The pipeline fails a build that introduces a dependency with a known critical vulnerability.',
  'observability.alerting': () => 'A synthetic failure raises an alert to the on-call channel within five minutes.',
  'observability.logging': (d) => `Application and access logs from every environment reach ${d.choiceTitle} with the agreed retention.`,
  'cicd.pipeline-platform': (d) => `Every production deployment in the last release came from a ${d.choiceTitle} run linked to a reviewed commit.`,
  'cicd.iac-tool': (d) => `A ${d.choiceTitle} plan against production shows no drift.`,
  'cicd.deployment-strategy': (d) => `A release can be rolled back with the ${d.choiceTitle} procedure within the RTO.`,
  'dr.strategy-tier': (_d, m) => `A recovery drill restores service within ${m.dr.rtoMinutes ?? 'the agreed'} minutes RTO and loses no more than ${m.dr.rpoMinutes ?? 'the agreed'} minutes of data.`,
  'cost.guardrails': () => 'Budget alerts exist at 50 %, 80 % and 100 % of the monthly budget and reach the owning team.',
  'cost.allocation': () => 'Every resource carries the agreed cost-allocation tags; the untagged share of the bill is under 5 %.',
  'environments.layout': (_d, m) => `Exactly the environments ${m.environments.map((e) => e.id).join(', ')} exist, each created from the same IaC with different parameters.`,
  'environments.isolation': (d) => `Credentials for one environment cannot read or change another (${d.choiceTitle}).`,
};

const BY_DOMAIN: Record<string, Rule> = {
  cloud: (d) => `${d.choiceTitle} is in place and documented in the platform runbook.`,
  network: (d) => `Network configuration matches "${d.choiceTitle}" in the IaC and in a review of the live setup.`,
  compute: (d) => `Workloads run as decided (${d.choiceTitle}) and are defined in code.`,
  data: (d) => `${d.choiceTitle} is provisioned as decided, with backups and encryption verified.`,
  security: (d) => `A security review confirms ${d.choiceTitle} is enforced in every environment.`,
  observability: (d) => `Dashboards show ${d.choiceTitle} data for every service in every environment.`,
  cicd: (d) => `The pipeline implements ${d.choiceTitle}; a dry-run release exercises it end to end.`,
  dr: (d) => `The DR runbook covers ${d.choiceTitle} and has been exercised once before go-live.`,
  cost: (d) => `${d.choiceTitle} is configured and visible in the monthly cost report.`,
  environments: (d) => `Environment setup follows ${d.choiceTitle}, checked in the IaC.`,
  evolution: (d) => `The roadmap item "${d.choiceTitle}" has an owner and a trigger metric on a dashboard.`,
  collaboration: (d) => `The team agreement records ${d.choiceTitle} and the owners named in it confirm it.`,
};

export function validationCriterion(d: Decision, m: InfraModel): string {
  const rule = BY_POINT[d.id] ?? BY_DOMAIN[d.domain];
  return rule ? rule(d, m) : `${d.choiceTitle} is implemented as decided.`;
}
