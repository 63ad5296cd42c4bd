// The closed set of decision point ids: a rename or a typo anywhere a point is looked up fails to compile.

export const POINT_IDS = [
  'cloud.primary-platform', 'cloud.strategy', 'cloud.region-strategy', 'cloud.managed-services',
  'network.topology', 'network.edge', 'network.waf', 'network.ingress', 'network.private-connectivity',
  'compute.runtime', 'compute.scaling', 'compute.background-jobs', 'compute.container-registry', 'compute.companion-service',
  'data.primary-database', 'data.database-hosting', 'data.cache', 'data.object-storage', 'data.messaging', 'data.backup', 'data.residency',
  'security.identity', 'security.secrets', 'security.encryption', 'security.workload-access', 'security.supply-chain',
  'security.artefact-signing', 'security.sbom-provenance',
  'observability.metrics', 'observability.logging', 'observability.tracing', 'observability.alerting', 'observability.crash-telemetry',
  'cicd.pipeline-platform', 'cicd.iac-tool', 'cicd.deployment-strategy', 'cicd.gitops', 'cicd.promotion',
  'cicd.build-matrix', 'cicd.distribution-channel', 'cicd.update-channel', 'cicd.release-security',
  'dr.strategy-tier', 'dr.backup-location', 'dr.failover', 'dr.testing',
  'cost.pricing-model', 'cost.guardrails', 'cost.allocation', 'cost.non-prod-savings',
  'environments.layout', 'environments.isolation', 'environments.previews', 'environments.local-dev', 'environments.test-data',
  'evolution.scaling-roadmap', 'evolution.migration-path', 'evolution.portability',
  'collaboration.ownership', 'collaboration.change-management', 'collaboration.support-model',
] as const;

export type PointId = (typeof POINT_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(POINT_IDS);

/** Narrows a string read from outside (a session file, a CLI argument) to a point id. */
export function isPointId(id: string): id is PointId {
  return KNOWN.has(id);
}
