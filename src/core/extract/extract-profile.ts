// Turns parsed planning documents into a Profile of facts with evidence (placeholder until the extractor lands).
import type { Diagnostic, Profile, SourceDoc } from '../types.js';

export function emptyProfile(): Profile {
  return {
    projectName: null, cloudProviders: [], architectureStyle: null, repositoryStrategy: null, dataStores: [], compute: [],
    iacTools: [], ciCd: [], compliance: [], availabilityTarget: null, rto: null, rpo: null, regions: [], languages: [],
    frameworks: [], mentions: [], scale: [], budget: [], team: { size: null, skills: [] }, constraints: [], nfrs: [],
    technicalAssumptions: [], conflicts: [], sources: [],
  };
}

export function extractProfile(docs: SourceDoc[]): { profile: Profile; diagnostics: Diagnostic[] } {
  const profile = emptyProfile();
  profile.sources = docs.map((d) => ({ file: d.path, role: d.role, lines: d.text.split('\n').length }));
  return { profile, diagnostics: [] };
}
