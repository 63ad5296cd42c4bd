// A check someone can run per decision, by point and, where the check differs, by chosen option; null when no check applies.
import type { Decision, InfraModel } from '../types.js';
import { isPlaceholderRegion, listOf } from './facts.js';

type Rule = (d: Decision, m: InfraModel) => string | null;

const regions = (m: InfraModel) => m.regions.filter((r) => !isPlaceholderRegion(r.id)).map((r) => r.id);
const stores = (m: InfraModel) => listOf(m.dataStores.map((s) => s.name)) || 'each data store';
const minutes = (n: number | null) => (n === null ? null : n >= 60 ? `${+(n / 60).toFixed(1)} h` : `${n} min`);

const BY_POINT: Record<string, Rule> = {
  'cloud.primary-platform': (d) =>
    `The IaC state lists every production resource, and the ${d.choiceTitle} billing export shows no resource outside it.`,
  'cloud.strategy': (d) =>
    d.choice === 'single-provider'
      ? 'The billing exports show spend with one infrastructure provider only; any other is recorded in an ADR.'
      : 'Each provider in use appears in the IaC and in an ADR that says what it hosts.',
  'cloud.region-strategy': (_d, m) =>
    regions(m).length
      ? `A policy or CI check rejects resources outside ${listOf(regions(m))}; a test plan with another region fails.`
      : 'A policy or CI check rejects resources outside the chosen region; a test plan with another region fails.',
  'cloud.managed-services': () =>
    'The IaC inventory has no virtual machine running a database, broker or cache that a managed service offers.',
  'network.topology': (_d, m) =>
    `A port scan from outside reaches only the edge and the public entry point; ${stores(m)} refuse connections from the internet.`,
  'network.edge': (d) => `Static assets answer with a cache-hit header from ${d.choiceTitle}, and the hit ratio is on a dashboard.`,
  'network.ingress': (d) => `Every public route is defined on ${d.choiceTitle} in the IaC; an HTTP request is redirected to HTTPS.`,
  'network.private-connectivity': () =>
    'From a workload, the managed services resolve to private addresses; the flow logs show no traffic to them over the internet.',
  'network.waf': (d) => `${d.choiceTitle} is attached to every public entry point and blocks a test SQL-injection request.`,
  'compute.runtime': (d) =>
    `Every running service is defined for ${d.choiceTitle} in the repository and was last changed by a pipeline run.`,
  'compute.scaling': () =>
    'A load test at the stated peak shows capacity added before the latency target is missed, and removed afterwards.',
  'compute.background-jobs': (d) => `Killing a worker mid-job loses no work: the job is retried and completes (${d.choiceTitle}).`,
  'compute.container-registry': (d) =>
    `Images deploy only from ${d.choiceTitle}; scan on push is on and an image with a critical finding fails the pipeline.`,
  'data.primary-database': (d) =>
    `${d.choiceTitle} reports encryption at rest, automated backups enabled and no public endpoint (or key and network rules where public by design).`,
  'data.database-hosting': (d) =>
    `${d.choiceTitle} shows automated backups, the chosen retention and a standby or replica where the DR tier requires it.`,
  'data.cache': (d) =>
    d.choice === 'in-process'
      ? 'No shared cache appears in the IaC; a restart of one instance leaves the others serving.'
      : `Flushing ${d.choiceTitle} in staging leaves the application correct, only slower.`,
  'data.object-storage': (d) =>
    `Public access is blocked on every ${d.choiceTitle} bucket except those the IaC marks public; versioning is on where backups land.`,
  'data.messaging': (d) => `A message that fails processing lands in the dead-letter queue of ${d.choiceTitle} and raises an alert.`,
  'data.backup': () => "Last night's backup restores into a scratch environment and a row-count check against production passes.",
  'data.residency': (_d, m) =>
    regions(m).length
      ? `Every data store and backup is in ${listOf(regions(m))}, as the IaC state and the provider's resource list show.`
      : null,
  'security.identity': (d) => `Sign-in through ${d.choiceTitle} requires MFA for staff; no long-lived personal access keys exist.`,
  'security.secrets': (d) =>
    `A secret scan of the repository and the pipeline logs finds nothing; workloads read secrets from ${d.choiceTitle}.`,
  'security.encryption': () =>
    'HTTP redirects to HTTPS on every endpoint; the provider reports storage encryption on for every store and volume.',
  'security.supply-chain': () => 'The pipeline fails a build that adds a dependency with a known critical vulnerability.',
  'security.workload-access': () =>
    "Each workload runs under its own identity; its policy denies a call to another service's data in a test.",
  'observability.metrics': (d) =>
    `Request rate, errors, latency and saturation of every service show on a ${d.choiceTitle} dashboard in every environment.`,
  'observability.logging': (d) =>
    `Application and access logs from every environment reach ${d.choiceTitle}, each log group with an explicit retention.`,
  'observability.tracing': (d) => `One request through the public entry point shows as a single trace across services in ${d.choiceTitle}.`,
  'observability.alerting': () => 'A synthetic failure in staging pages the on-call channel within five minutes.',
  'cicd.pipeline-platform': (d) => `Every production deployment of the last release links to a ${d.choiceTitle} run on a reviewed commit.`,
  'cicd.iac-tool': (d) => `A ${d.choiceTitle} plan against production shows no changes (no drift).`,
  'cicd.deployment-strategy': (_d, m) =>
    `A release is rolled back in staging within ${minutes(m.dr.rtoMinutes) ?? 'the agreed recovery time'}, by the pipeline, without a hand edit.`,
  'cicd.gitops': (d) =>
    d.choice === 'pipeline-push'
      ? 'Production changes only through pipeline runs: the audit log shows no deploy by a person.'
      : `Changing a live resource by hand is reverted by ${d.choiceTitle} within one sync interval.`,
  'cicd.promotion': () =>
    'Production runs the same artefact digest that passed staging; a production deploy without the approval gate is refused.',
  'dr.strategy-tier': (_d, m) =>
    `A recovery drill brings the service back within ${minutes(m.dr.rtoMinutes) ?? 'the agreed RTO'} and loses at most ${minutes(m.dr.rpoMinutes) ?? 'the agreed RPO'} of data.`,
  'dr.backup-location': (d, m) =>
    d.choice === 'same-region-other-zone'
      ? 'Backups are listed in a second zone and restore there.'
      : `Backup copies are listed in ${
          regions(m)
            .filter((r) => r !== m.regions[0]?.id)
            .join(', ') || 'the recovery location'
        } and a restore there succeeds.`,
  'dr.failover': (d) =>
    d.choice === 'manual-runbook'
      ? 'Someone other than its author follows the failover runbook in a drill and brings staging up in the recovery location.'
      : `Stopping the primary in a drill moves traffic through ${d.choiceTitle} with no manual step.`,
  'dr.testing': (d) => `The calendar holds the next ${d.choiceTitle.toLowerCase()} and the last one has a written result.`,
  'cost.pricing-model': () =>
    'The monthly bill matches the estimate in this document within a factor of two; any larger gap is explained in a note.',
  'cost.guardrails': () => 'Budget alerts at 50 %, 80 % and 100 % of the monthly budget exist and reach the owning team.',
  'cost.allocation': () => 'Every resource carries the agreed cost-allocation tags; the untagged share of the bill is under 5 %.',
  'cost.non-prod-savings': () => 'Non-production environments scale down outside working hours; the bill for a weekend shows it.',
  'environments.layout': (_d, m) =>
    `Exactly ${listOf(m.environments.map((e) => e.name))} exist, each created from the same IaC with different parameters.`,
  'environments.isolation': (d) =>
    `Credentials for one environment cannot read or change another (${d.choiceTitle}); a cross-environment call fails in a test.`,
  'environments.local-dev': (d) => `A new developer runs the stack locally with ${d.choiceTitle} from the README in under an hour.`,
  'environments.previews': (d) =>
    d.choice === 'shared-staging'
      ? 'Merges to the main branch deploy to staging automatically.'
      : `Opening a pull request creates a preview (${d.choiceTitle}) and closing it removes it.`,
  'environments.test-data': (d) => `A scan of non-production data finds no real personal data (${d.choiceTitle}).`,
  'evolution.scaling-roadmap': () => 'Each scaling step has its trigger metric on a dashboard with an alert at the threshold.',
  'evolution.migration-path': () => 'Each planned migration has an owner and an ADR stub naming its trigger.',
  'evolution.portability': () => 'The services that tie the system to its provider are listed in an ADR with their exit path.',
  'collaboration.ownership': () => 'Every IaC module and service has an owner in a CODEOWNERS file.',
  'collaboration.change-management': () => 'The last ten production changes each link to a reviewed pull request.',
  'collaboration.support-model': (d) =>
    `A test page reaches whoever is on call under ${d.choiceTitle.toLowerCase()} and they acknowledge it.`,
};

/** The check for one decision, or null when none applies to its choice. */
export function validationCriterion(d: Decision, m: InfraModel): string | null {
  return BY_POINT[d.id]?.(d, m) ?? null;
}
