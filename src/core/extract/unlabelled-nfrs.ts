// Non-functional requirements written without ids: the items of a "Non-Functional Requirements" section, numbered per topic.
import type { NfrFact, Section, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';
import { classifyNfr } from './nfrs.js';

const NFR_SECTION = /\bnon[- ]?functional\b|\bquality\s+attributes?\b/i;
/** A section's own words, without its number ("5.1 Performance" → "Performance"). */
const topicOf = (title: string) => title.replace(/^[\d.\s)]+/, '').trim();
/** Enough for any real PRD; a generated wall of bullets is not a list of requirements. */
const MAX_PER_DOC = 40;

/** The nearest section of the trail that is the NFR section, and the topic below it (if any). */
function placeIn(section: Section): { topic: string } | null {
  const trail = section.trail;
  const at = trail.findIndex((t) => NFR_SECTION.test(t));
  if (at < 0) return null;
  return { topic: at < trail.length - 1 ? topicOf(trail[at + 1]) : '' };
}

/** Ids "NFR-PERFORMANCE-1" (the topic in capitals, else "NFR-1"), never clashing with an id the inputs gave. */
function idFor(topic: string, n: number): string {
  const slug = topic
    .toUpperCase()
    .split(/[^A-Z0-9]/)
    .filter(Boolean)
    .join('-')
    .slice(0, 24);
  return slug ? `NFR-${slug}-${n}` : `NFR-${n}`;
}

/**
 * Items of a Non-Functional Requirements section in documents that give them no ids. A document that numbers its NFRs
 * (`labelled` holds its path) keeps only those: an unnumbered item beside them is commentary, not another requirement.
 */
export function extractUnlabelledNfrs(docs: SourceDoc[], labelled: ReadonlySet<string>): NfrFact[] {
  const out: NfrFact[] = [];
  for (const doc of docs) {
    if (labelled.has(doc.path)) continue;
    const counts = new Map<string, number>();
    let taken = 0;
    for (const block of doc.blocks) {
      if (taken >= MAX_PER_DOC) break;
      if (block.type !== 'list-item' && block.type !== 'table-row') continue;
      const place = placeIn(block.section);
      if (!place) continue;
      const text = (block.type === 'table-row' ? (block.cells ?? []).join(' — ') : block.text).replace(/\s+/g, ' ').trim();
      if (text.length < 8) continue;
      const n = (counts.get(place.topic) ?? 0) + 1;
      counts.set(place.topic, n);
      taken++;
      out.push({
        id: idFor(place.topic, n),
        text: text.length > 400 ? `${text.slice(0, 397)}...` : text,
        category: classifyNfr(`${place.topic} ${text}`),
        evidence: [evidenceAt(doc, block, 0)],
      });
    }
  }
  return out;
}
