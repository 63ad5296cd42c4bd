// The contract JSON of a profile: list facts as {id, evidence}, scalars as {value, evidence} or null.
import type { Evidence, ListFact, Profile } from '../types.js';

const evidence = (e: Evidence[]) => e.map((x) => ({ file: x.file, line: x.line, quote: x.quote }));
const list = (facts: ListFact[]) => facts.map((f) => ({ id: f.id, confidence: f.confidence, evidence: evidence(f.evidence) }));
const scalar = <T>(f: { value: T; evidence: Evidence[]; confidence: number } | null) =>
  f ? { value: f.value, confidence: f.confidence, evidence: evidence(f.evidence) } : null;
const duration = (f: Profile['rto']) =>
  f ? { value: f.value, minutes: f.minutes, confidence: f.confidence, evidence: evidence(f.evidence) } : null;

export function profileToJson(p: Profile): Record<string, unknown> {
  return {
    projectName: scalar(p.projectName),
    productArchetype: scalar(p.productArchetype),
    cloudProviders: list(p.cloudProviders),
    architectureStyle: scalar(p.architectureStyle),
    repositoryStrategy: scalar(p.repositoryStrategy),
    dataStores: list(p.dataStores),
    compute: list(p.compute),
    iacTools: list(p.iacTools),
    ciCd: list(p.ciCd),
    compliance: list(p.compliance),
    availabilityTarget: scalar(p.availabilityTarget),
    rto: duration(p.rto),
    rpo: duration(p.rpo),
    regions: list(p.regions),
    languages: list(p.languages),
    frameworks: list(p.frameworks),
    services: list(p.services),
    unknownTechnologies: p.unknownTechnologies.map((u) => ({
      id: u.id,
      name: u.name,
      slot: u.slot,
      confidence: u.confidence,
      evidence: evidence(u.evidence),
    })),
    externalServices: (p.externalServices ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      confidence: e.confidence,
      evidence: evidence(e.evidence),
    })),
    clients: (p.clients ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      confidence: c.confidence,
      evidence: evidence(c.evidence),
    })),
    environments: list(p.environments ?? []),
    deploymentStrategy: scalar(p.deploymentStrategy ?? null),
    scale: p.scale,
    budget: p.budget,
    team: { size: scalar(p.team.size), skills: list(p.team.skills), gaps: list(p.team.gaps ?? []) },
    constraints: p.constraints,
    nfrs: p.nfrs,
    technicalAssumptions: p.technicalAssumptions,
    mentions: p.mentions,
    conflicts: p.conflicts,
    sources: p.sources,
  };
}
