// Folds technology hits into committed list facts per category, and mentions for the rest.
import type { Evidence, ListFact, Mention, MentionReason, TechCategory } from '../types.js';
import type { TechHit } from './tech-hits.js';
import { confidenceOf, sortEvidence } from './evidence.js';

/** Weight a fact needs to be committed: one stack-table row, or two medium hits, or several weak ones. */
export const COMMIT_THRESHOLD = 1;
/** A compliance regime named positively anywhere is a requirement; one weak mention suffices. */
// Delivery tools are unambiguous names, rarely repeated: one medium statement (deployment section, assumptions) commits them.
// Tools and services are usually named once, in the stack table or one deployment line.
const CATEGORY_THRESHOLD: Partial<Record<TechCategory, number>> = { compliance: 0.25, iacTools: 0.5, ciCd: 0.5, services: 0.5 };

/** The strength of a stack row or a "Label: value" line: a statement that names the choice itself. */
const STATED_CHOICE = 0.9;

export interface TechFacts {
  facts: Record<TechCategory, ListFact[]>;
  mentions: Mention[];
  /** Summed weight per `category:id`, for callers that rank (e.g. the primary cloud). */
  weights: Map<string, number>;
}

const CATEGORIES: TechCategory[] = [
  'cloudProviders',
  'dataStores',
  'compute',
  'iacTools',
  'ciCd',
  'compliance',
  'languages',
  'frameworks',
  'services',
];
const REASON_ORDER: MentionReason[] = [
  'rejected',
  'alternative',
  'future',
  'conditional',
  'dev-only',
  'provenance',
  'market',
  'cost',
  'no-obligation',
  'example',
  'code',
  'prior-output',
];

export function foldTechHits(hits: TechHit[], threshold = COMMIT_THRESHOLD): TechFacts {
  const groups = new Map<string, TechHit[]>();
  for (const h of hits) {
    const key = `${h.category}:${h.id}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  const facts = Object.fromEntries(CATEGORIES.map((c) => [c, [] as ListFact[]])) as Record<TechCategory, ListFact[]>;
  const mentions: Mention[] = [];
  const weights = new Map<string, number>();
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const { category, id } = group[0];
    // One block counts once per id, at its strongest.
    const perBlock = new Map<string, number>();
    for (const h of group) if (!h.demote) perBlock.set(h.blockKey, Math.max(perBlock.get(h.blockKey) ?? 0, h.strength));
    // A block that rejects the name ("Kafka over NATS") cancels one loose statement of it; a stated choice is not cancelled.
    const strongest = Math.max(0, ...perBlock.values());
    const rejecting = new Set(group.filter((h) => h.demote === 'rejected').map((h) => h.blockKey)).size;
    const weight = [...perBlock.values()].reduce((a, b) => a + b, 0) - (strongest < STATED_CHOICE ? rejecting * strongest : 0);
    weights.set(key, weight);
    if (weight >= (CATEGORY_THRESHOLD[category] ?? threshold) - 1e-9) {
      // What the text states is cited; a diagram's label only backs it up, cited when nothing else names it.
      const counted = group.filter((h) => !h.demote && h.strength > 0);
      const stated = counted.filter((h) => !h.drawn);
      const evidence: Evidence[] = sortEvidence((stated.length ? stated : counted).map((h) => h.evidence));
      facts[category].push({ id, evidence, confidence: confidenceOf(weight) });
      continue;
    }
    const demoted = group.filter((h) => h.demote);
    if (demoted.length === 0) continue;
    const counts = new Map<MentionReason, number>();
    for (const h of demoted) counts.set(h.demote!, (counts.get(h.demote!) ?? 0) + 1);
    const reason = [...counts.entries()].sort((a, b) => b[1] - a[1] || REASON_ORDER.indexOf(a[0]) - REASON_ORDER.indexOf(b[0]))[0][0];
    mentions.push({ id, category, reason, evidence: sortEvidence(demoted.map((h) => h.evidence)) });
  }
  for (const c of CATEGORIES) facts[c].sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : 1));
  return { facts, mentions, weights };
}
