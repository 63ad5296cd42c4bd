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
/**
 * A provider's managed form of committed technology (EKS beside committed AWS and Kubernetes) needs only one deployment-section
 * statement: the platform and the runtime are chosen, the line says which managed form of them runs the system.
 */
const BACKED_THRESHOLD = 0.5;

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
  'superseded',
  'subject',
  'example',
  'code',
  'prior-output',
];

/** A group's weight: each block once at its strongest, less one loose statement per block that rejects the name. */
function groupWeight(group: TechHit[]): number {
  const perBlock = new Map<string, number>();
  for (const h of group) if (!h.demote) perBlock.set(h.blockKey, Math.max(perBlock.get(h.blockKey) ?? 0, h.strength));
  // A block that rejects the name ("Kafka over NATS") cancels one loose statement of it; a stated choice is not cancelled.
  const strongest = Math.max(0, ...perBlock.values());
  const rejecting = new Set(group.filter((h) => h.demote === 'rejected').map((h) => h.blockKey)).size;
  return [...perBlock.values()].reduce((a, b) => a + b, 0) - (strongest < STATED_CHOICE ? rejecting * strongest : 0);
}

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
  const pending: { key: string; group: TechHit[]; weight: number }[] = [];
  const commit = (group: TechHit[], weight: number) => {
    const { category, id } = group[0];
    // What the text states is cited; a diagram's label only backs it up, cited when nothing else names it.
    const counted = group.filter((h) => !h.demote && h.strength > 0);
    const stated = counted.filter((h) => !h.drawn);
    const evidence: Evidence[] = sortEvidence((stated.length ? stated : counted).map((h) => h.evidence));
    const fact: ListFact = { id, evidence, confidence: confidenceOf(weight) };
    if (counted.length > 0 && counted.every((h) => h.compatible)) fact.interfaceOnly = true;
    facts[category].push(fact);
  };
  const needed = (category: TechCategory) => (CATEGORY_THRESHOLD[category] ?? threshold) - 1e-9;
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const { category } = group[0];
    const weight = groupWeight(group);
    weights.set(key, weight);
    if (weight >= needed(category)) {
      commit(group, weight);
      continue;
    }
    pending.push({ key, group, weight });
  }
  // A backing fact counts when the documents commit it without the name that implies it ("Acme Edge Jobs" alone does not
  // make "edge jobs" chosen and then itself a refinement of that choice).
  const committedWithout = (key: string, id: string) => {
    const group = groups.get(key)?.filter((h) => h.impliedBy !== id) ?? [];
    return group.length > 0 && groupWeight(group) >= needed(group[0].category);
  };
  for (const { group, weight } of pending) {
    const { category, id } = group[0];
    // Only a provider's managed form of another committed technology is a refinement; a diagram label states nothing.
    const backing = group.find((h) => !h.demote && !h.drawn && h.strength > 0 && h.backing)?.backing ?? [];
    const refines = backing.length >= 2 && backing.some((b) => b.startsWith('cloudProviders:'));
    if (weight >= BACKED_THRESHOLD - 1e-9 && refines && backing.every((b) => committedWithout(b, id))) {
      commit(group, weight);
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
