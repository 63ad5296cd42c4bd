// Turns parsed planning documents into a Profile of facts, each with evidence and a confidence.
import { diagnostic, message } from '../diagnostics/index.js';
import { EXTRACT_MESSAGES } from './extract-messages.js';
import type { Diagnostic, Profile, SourceDoc } from '../types.js';
import { collectTechHits, defaultMatcher } from './tech-hits.js';
import { demoteSubjects, productSubjects } from './product-subject.js';
import { foldTechHits } from './tech-facts.js';
import { settleRivalStatements } from './superseded.js';
import { settleCompatibleInterfaces } from './compatible-interface.js';
import { extractArchitectureStyle } from './architecture-style.js';
import { extractRepositoryStrategy } from './repository-strategy.js';
import { extractAvailability } from './availability.js';
import { extractRecovery } from './recovery-objectives.js';
import { extractRegions } from './regions.js';
import { extractScale } from './scale.js';
import { extractBudget } from './budget.js';
import { extractTeam } from './team.js';
import { extractNfrs } from './nfrs.js';
import { extractDeploymentStatements } from './deployment-statements.js';
import { extractUnlabelledNfrs } from './unlabelled-nfrs.js';
import { extractConstraints } from './constraints.js';
import { extractTechnicalAssumptions } from './technical-assumptions.js';
import { extractProjectName } from './project-name.js';
import { extractProductArchetype } from './product-archetype.js';
import { extractUnknownTechnologies } from './unknown-tech.js';
import { extractExternalServices } from './external-services.js';
import { extractOpaqueRegimes } from './opaque-regimes.js';
import { extractClients } from './clients.js';
import { extractCommittedSecrets } from './committed-secrets.js';
import { extractDeploymentStrategy, extractEnvironments } from './delivery-fields.js';
import { cloudConflicts, prohibitionConflicts } from './conflicts.js';

export function emptyProfile(): Profile {
  return {
    projectName: null,
    productArchetype: null,
    cloudProviders: [],
    architectureStyle: null,
    repositoryStrategy: null,
    dataStores: [],
    compute: [],
    iacTools: [],
    ciCd: [],
    compliance: [],
    availabilityTarget: null,
    rto: null,
    rpo: null,
    regions: [],
    languages: [],
    frameworks: [],
    services: [],
    unknownTechnologies: [],
    externalServices: [],
    clients: [],
    mentions: [],
    scale: [],
    budget: [],
    team: { size: null, skills: [], gaps: [] },
    constraints: [],
    nfrs: [],
    technicalAssumptions: [],
    conflicts: [],
    sources: [],
  };
}

/** Pure: the same documents always give the same profile. The generated prior output is never evidence. */
export function extractProfile(docs: SourceDoc[]): { profile: Profile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const inputs = docs.filter((d) => d.role !== 'prior-output').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const profile = emptyProfile();
  profile.sources = inputs.map((d) => ({ file: d.path, role: d.role, lines: d.text.split('\n').length }));

  profile.projectName = extractProjectName(inputs);
  const hits = settleCompatibleInterfaces(settleRivalStatements(collectTechHits(inputs), new Map(inputs.map((d) => [d.path, d.root]))));
  const tech = foldTechHits(demoteSubjects(hits, productSubjects(profile.projectName?.value, defaultMatcher())));
  Object.assign(profile, tech.facts);
  profile.mentions = tech.mentions;
  // Regimes outside the catalogue, stated with obligation, are carried by name after the known ones.
  profile.compliance = [
    ...profile.compliance,
    ...extractOpaqueRegimes(inputs).filter((r) => !profile.compliance.some((c) => c.id === r.id)),
  ];
  profile.productArchetype = extractProductArchetype(inputs, profile);
  profile.unknownTechnologies = extractUnknownTechnologies(inputs);
  profile.externalServices = extractExternalServices(inputs);
  profile.clients = extractClients(inputs, profile.frameworks);
  const environments = extractEnvironments(inputs);
  if (environments.length) profile.environments = environments;
  const strategy = extractDeploymentStrategy(inputs);
  if (strategy) profile.deploymentStrategy = strategy;
  const secrets = extractCommittedSecrets(inputs);
  if (secrets.length) profile.committedSecrets = secrets;
  profile.architectureStyle = extractArchitectureStyle(inputs);
  profile.repositoryStrategy = extractRepositoryStrategy(inputs);
  const availability = extractAvailability(inputs);
  profile.availabilityTarget = availability.fact;
  profile.rto = extractRecovery(inputs, 'rto');
  profile.rpo = extractRecovery(inputs, 'rpo');
  profile.regions = extractRegions(inputs);
  profile.scale = extractScale(inputs);
  profile.budget = extractBudget(inputs);
  profile.team = extractTeam(inputs);
  const labelledNfrs = extractNfrs(inputs);
  profile.nfrs = [...labelledNfrs, ...extractUnlabelledNfrs(inputs, new Set(labelledNfrs.flatMap((n) => n.evidence.map((e) => e.file))))];
  profile.constraints = extractConstraints(inputs);
  profile.technicalAssumptions = extractTechnicalAssumptions(inputs);
  const deployment = extractDeploymentStatements(inputs);
  if (deployment.length) profile.deploymentStatements = deployment;
  profile.conflicts = [
    ...cloudConflicts(profile.cloudProviders),
    ...availability.conflicts,
    ...prohibitionConflicts(profile, profile.constraints),
  ];

  if (inputs.length > 0 && profile.cloudProviders.length === 0 && profile.compute.length === 0) {
    diagnostics.push(diagnostic(EXTRACT_MESSAGES, 'info', message('no-platform-found')));
  }
  return { profile, diagnostics };
}
