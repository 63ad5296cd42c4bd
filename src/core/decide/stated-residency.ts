// Residency statements ("data must stay in Canada", "Australian data sovereignty", "US-only"): the areas data must stay in.
import { kb } from '../knowledge/active.js';
import type { Evidence, Profile } from '../types.js';

export interface ResidencyStatement {
  text: string;
  evidence: Evidence[];
  /** Residency areas (region record ids) the statement allows; a region inside any of them honours it. */
  areas: string[];
}

// Linear patterns: bounded alternations, no nested quantifiers.
const RESIDENCY_WORDS = /\bresiden(?:cy|t|ce)\b|\bsovereign(?:ty)?\b|\blocali[sz](?:ation|ed)\b/i;
const PLACEMENT =
  /\b(?:stays?|remains?|resides?|stored|kept|hosted|hosting|held|located|processed|lives?|leaves?|leaving|transferred|cross(?:es)?)\b/i;
const OBLIGATION = /\b(?:must|shall|required?|requires|needs? to|may only|can only|cannot|never|only)\b/i;

/**
 * Statements among requirements, constraints and technical assumptions that bind data to named areas: a residency or
 * sovereignty word, or a placement verb under an obligation ("must be stored in", "may not leave"), beside an area
 * the catalogue knows (its terms, or, beside a placement verb, a law whose residencyArea it is). Where one named area holds another ("the EU,
 * ideally Germany"), the broader one is the requirement.
 */
export function statedResidency(profile: Profile): ResidencyStatement[] {
  const out: ResidencyStatement[] = [];
  const seen = new Set<string>();
  const musts = new Set(profile.constraints.filter((c) => c.kind === 'must' || c.kind === 'prohibit').map((c) => c.text));
  for (const s of [...profile.constraints, ...profile.nfrs, ...profile.technicalAssumptions]) {
    if (seen.has(s.text)) continue;
    // A law names an area only beside a placement verb under an obligation ("must be stored under PIPEDA"): a law and
    // a sovereignty word alone ("GDPR-compliant export for data sovereignty") bind nothing to a place.
    const placed = PLACEMENT.test(s.text) && (musts.has(s.text) || OBLIGATION.test(s.text));
    if (!placed && !RESIDENCY_WORDS.test(s.text)) continue;
    const named = kb().residencyAreasNamedIn(s.text, placed);
    const areas = named.filter((a) => !named.some((b) => b !== a && holds(b, a)));
    if (!areas.length) continue;
    seen.add(s.text);
    out.push({ text: s.text, evidence: s.evidence, areas });
  }
  return out;
}

/** Area `outer` holds area `inner`: a country inside a legal area (`eu` holds Germany), never two countries. */
function holds(outer: string, inner: string): boolean {
  const o = kb().residencyArea(outer);
  const i = kb().residencyArea(inner);
  return !!o && !!i && !o.country && !!i.country && o.jurisdiction === i.jurisdiction;
}

/** Whether a region honours a statement: inside one of its areas (true), outside all (false), or not placeable (null). */
export function honoursResidency(region: string, s: ResidencyStatement): boolean | null {
  const answers = s.areas.map((a) => kb().inResidencyArea(region, a));
  if (answers.includes(true)) return true;
  return answers.every((x) => x === false) ? false : null;
}

/** The area's name for a message ("Canada"; the EU record's geography for the EU). */
export function areaName(id: string): string {
  return kb().residencyArea(id)?.geography ?? id;
}
