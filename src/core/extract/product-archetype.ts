// Decides what the team ships and operates (hosted service, distributable, client app, device, library or CLI) from weighed signals.
import type { Evidence, ListFact, ProductArchetype, ScalarFact, SourceDoc } from '../types.js';
import {
  ARCHETYPE_SIGNALS,
  CLIENT_SIDE_PLATFORMS,
  OPERATED_COMPUTE_WEIGHT,
  PROJECT_TYPE_ARCHETYPE,
  RULED_OUT_SECTION,
  RULED_OUT_GUI,
  RULED_OUT_SERVICE,
} from './archetype-signals.js';
import { blockContext } from './block-context.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { evidenceAt, sortEvidence } from './evidence.js';
import { kb } from '../knowledge/active.js';

/** One signal counts in at most this many blocks: repetition is not more evidence. */
const MAX_BLOCKS_PER_SIGNAL = 2;
/** Below this score a non-hosted archetype is not claimed, however little the hosted side shows. */
const MIN_SCORE = 3;
// "an on-premises deployment option", "self-hosting options": offered, not what the team ships.
const OPTION_AFTER = /^[\w\s-]{0,24}?\boptions?\b|^\s*(?:\(\s*)?optional\b/i;

interface Tally {
  score: number;
  evidence: Evidence[];
}

export interface ArchetypeFacts {
  cloudProviders: ListFact[];
  compute: ListFact[];
}

function emptyTallies(): Record<ProductArchetype, Tally> {
  return {
    'hosted-service': { score: 0, evidence: [] },
    'self-hosted-distributable': { score: 0, evidence: [] },
    'client-app': { score: 0, evidence: [] },
    'embedded-device': { score: 0, evidence: [] },
    'library-or-cli': { score: 0, evidence: [] },
  };
}

/** Adds the phrase signals of every block that may commit (not alternatives, future phases, examples or code). */
function tallyPhrases(docs: SourceDoc[], tallies: Record<ProductArchetype, Tally>): void {
  const seen = new Map<string, number>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code') continue;
      const text = block.text;
      if (blockContext(doc, block).demote) {
        // A Non-goals item is not a commitment, but what it refuses ("No cloud sync", "No accounts") tells who runs the product.
        if (block.type === 'list-item' && RULED_OUT_SECTION.test(block.section.title)) ruledOut(doc, block, tallies, seen);
        continue;
      }
      for (const signal of ARCHETYPE_SIGNALS) {
        const used = seen.get(signal.name) ?? 0;
        if (used >= MAX_BLOCKS_PER_SIGNAL) continue;
        if (!signal.gate.test(text)) continue;
        signal.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = signal.re.exec(text)) !== null) {
          const end = m.index + m[0].length;
          if (m[0].length === 0) signal.re.lastIndex++;
          if (!isCommitment(assertionStatus(doc, block, m.index, end)) || OPTION_AFTER.test(text.slice(end, end + 40))) continue;
          const tally = tallies[signal.archetype];
          tally.score += signal.weight;
          tally.evidence.push(evidenceAt(doc, block, m.index, end));
          seen.set(signal.name, used + 1);
          break;
        }
      }
    }
  }
}

function ruledOut(doc: SourceDoc, block: SourceDoc['blocks'][number], tallies: Record<ProductArchetype, Tally>, seen: Map<string, number>) {
  for (const signal of [RULED_OUT_GUI, RULED_OUT_SERVICE]) {
    const used = seen.get(signal.name) ?? 0;
    if (used >= MAX_BLOCKS_PER_SIGNAL || !signal.gate.test(block.text)) continue;
    signal.re.lastIndex = 0;
    const m = signal.re.exec(block.text);
    if (!m) continue;
    tallies[signal.archetype].score += signal.weight;
    tallies[signal.archetype].evidence.push(evidenceAt(doc, block, m.index, m.index + m[0].length));
    seen.set(signal.name, used + 1);
    // One refusal speaks once: "no GUI or accounts" is a command-line tool's list, not also a client app's.
    return;
  }
}

/** The project type a document's front matter declares (`classification.projectType`, or `projectType` at the top). */
function declaredType(doc: SourceDoc): { value: string; line: number } | null {
  const fm = doc.frontMatter;
  if (!fm) return null;
  const cls = fm.data.classification;
  const raw = (cls && typeof cls === 'object' ? (cls as Record<string, unknown>).projectType : undefined) ?? fm.data.projectType;
  if (typeof raw !== 'string' || raw.length > 60) return null;
  // The key's own line inside the block, for the evidence link.
  const lines = doc.text.split('\n', fm.line + 200);
  const at = lines.findIndex((l, i) => i >= fm.line - 1 && /\bprojectType\s*:/.test(l));
  return { value: raw, line: at >= 0 ? at + 1 : fm.line };
}

/** Adds the project type the PRD's front matter declares: one structured statement of what is shipped. */
function tallyDeclared(docs: SourceDoc[], tallies: Record<ProductArchetype, Tally>): void {
  for (const doc of docs) {
    if (doc.role !== 'prd') continue;
    const t = declaredType(doc);
    if (!t) continue;
    const words = t.value.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    const hit = PROJECT_TYPE_ARCHETYPE.find((p) => p.words.test(words));
    if (!hit) continue;
    tallies[hit.archetype].score += hit.weight;
    tallies[hit.archetype].evidence.push({ file: doc.path, line: t.line, quote: `projectType: ${t.value}` });
    return;
  }
}

/** Adds what the committed facts say: compute and clouds the team runs count for a hosted service. */
function tallyFacts(facts: ArchetypeFacts, tallies: Record<ProductArchetype, Tally>): void {
  const hosted = tallies['hosted-service'];
  const clouds = facts.cloudProviders.filter((f) => !CLIENT_SIDE_PLATFORMS.has(f.id));
  const hyperscalers = clouds.filter((f) => kb().kindOf(f.id) === 'hyperscaler').length;
  // A system committed to three or more clouds and on-premises at once is portable: shipped for others to place.
  const portable = hyperscalers >= 3 && facts.cloudProviders.some((f) => f.id === 'on-prem');
  if (portable) {
    const sh = tallies['self-hosted-distributable'];
    sh.score += 1;
    sh.evidence.push(...facts.cloudProviders.flatMap((f) => f.evidence.slice(0, 1)));
  }
  const factor = portable ? 0.5 : 1;
  // In a portable system, one cloud's managed runtime (EKS beside GKE and AKS) is a place customers may run it, not compute the team operates.
  const operated = portable ? facts.compute.filter((f) => !kb().tech(f.id)?.provider) : facts.compute;
  hosted.score += factor * Math.min(2, clouds.length);
  hosted.score +=
    factor *
    Math.min(
      4.5,
      operated.reduce((s, f) => s + OPERATED_COMPUTE_WEIGHT(f.id), 0),
    );
  hosted.evidence.push(...[...clouds, ...operated].flatMap((f) => f.evidence.slice(0, 1)));
}

/**
 * The archetype with the strongest signals. A hosted service is the common case, but it wins only on its
 * own signals or when nothing else reaches the bar; null when the documents say nothing at all.
 */
export function extractProductArchetype(docs: SourceDoc[], facts: ArchetypeFacts): ScalarFact<ProductArchetype> | null {
  if (docs.length === 0) return null;
  const tallies = emptyTallies();
  tallyPhrases(docs, tallies);
  tallyDeclared(docs, tallies);
  tallyFacts(facts, tallies);
  const order: ProductArchetype[] = ['hosted-service', 'self-hosted-distributable', 'client-app', 'embedded-device', 'library-or-cli'];
  let best: ProductArchetype = 'hosted-service';
  for (const a of order.slice(1)) {
    if (tallies[a].score >= MIN_SCORE && tallies[a].score > tallies[best].score) best = a;
  }
  const win = tallies[best];
  // Nothing said about who runs it: no archetype rather than a silent default.
  if (win.evidence.length === 0 || win.score < 1) return null;
  const runnerUp = Math.max(...order.filter((a) => a !== best).map((a) => tallies[a].score));
  // Confidence grows with the margin over the next archetype; a lone weak signal stays tentative.
  const margin = win.score - runnerUp;
  const confidence = Math.round(Math.min(0.95, 0.4 + 0.1 * Math.max(0, margin)) * 100) / 100;
  return { value: best, evidence: sortEvidence(win.evidence).slice(0, 6), confidence };
}

/** The score of every archetype, for explanations and tests. */
export function archetypeScores(docs: SourceDoc[], facts: ArchetypeFacts): Record<ProductArchetype, number> {
  const tallies = emptyTallies();
  tallyPhrases(docs, tallies);
  tallyDeclared(docs, tallies);
  tallyFacts(facts, tallies);
  return Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, Math.round(t.score * 100) / 100])) as Record<
    ProductArchetype,
    number
  >;
}
