// The explicit registry of reviewer rules, grouped by the five review categories of the workflow.
import type { Rule } from '../rule.js';
import k8sSmallTeam from './k8s-small-team.js';
import serviceMeshSmallTeam from './service-mesh-small-team.js';
import microservicesSmallTeam from './microservices-small-team.js';
import multiCloudSmallTeam from './multi-cloud-small-team.js';
import selfManagedDatabase from './self-managed-database.js';
import budgetBelowFixedCost from './budget-below-fixed-cost.js';
import budgetUnknown from './budget-unknown.js';
import availabilityUnreachable from './availability-unreachable.js';
import rtoUnreachable from './rto-unreachable.js';
import rpoUnreachable from './rpo-unreachable.js';
import scaleFixedCapacity from './scale-fixed-capacity.js';
import complianceAttestation from './compliance-attestation.js';
import dataResidency from './data-residency.js';
import secretsOutsideManager from './secrets-outside-manager.js';
import publicDatabaseEndpoint from './public-database-endpoint.js';
import unencryptedDataStore from './unencrypted-data-store.js';
import regulatedDeployNoApproval from './regulated-deploy-no-approval.js';
import wafMissingRegulated from './waf-missing-regulated.js';
import noIacMultiEnv from './no-iac-multi-env.js';
import noBackupStateful from './no-backup-stateful.js';
import noAlerting from './no-alerting.js';
import onCallCoverage from './on-call-coverage.js';
import environmentSprawl from './environment-sprawl.js';
import drObjectivesMissing from './dr-objectives-missing.js';
import skillGap from './skill-gap.js';
import guidelineProhibition from './guideline-prohibition.js';
import mandatedTechMissing from './mandated-tech-missing.js';
import documentConflict from './document-conflict.js';
import iacPlatformMismatch from './iac-platform-mismatch.js';
import servicePlatformMismatch from './service-platform-mismatch.js';
import unknownTechnology from './unknown-technology.js';
import statementsCannotHold from './statements-cannot-hold.js';
import statedTopologyOverridden from './stated-topology-overridden.js';
import secretsInRepository from './secrets-in-repository.js';
import constraintContradictsChoice from './constraint-contradicts-choice.js';

export const RULES: readonly Rule[] = [
  // operational-complexity
  k8sSmallTeam,
  serviceMeshSmallTeam,
  microservicesSmallTeam,
  multiCloudSmallTeam,
  selfManagedDatabase,
  // resource-constraints
  statementsCannotHold,
  statedTopologyOverridden,
  budgetBelowFixedCost,
  budgetUnknown,
  availabilityUnreachable,
  rtoUnreachable,
  rpoUnreachable,
  scaleFixedCapacity,
  // security-implementation
  complianceAttestation,
  secretsInRepository,
  dataResidency,
  secretsOutsideManager,
  publicDatabaseEndpoint,
  unencryptedDataStore,
  regulatedDeployNoApproval,
  wafMissingRegulated,
  // operational-overhead
  noIacMultiEnv,
  noBackupStateful,
  noAlerting,
  onCallCoverage,
  environmentSprawl,
  drObjectivesMissing,
  // technology-constraints
  skillGap,
  guidelineProhibition,
  constraintContradictsChoice,
  mandatedTechMissing,
  documentConflict,
  iacPlatformMismatch,
  servicePlatformMismatch,
  unknownTechnology,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
