// Finds cloud region codes and the geographies committed to for hosting or data residency.
import type { Evidence, ListFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { assertionStatus, isCommitment } from './assertion-status.js';

const DIRS = 'north|south|east|west|central|northeast|northwest|southeast|southwest';
const CODE = new RegExp(
  String.raw`\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:${DIRS}|gov-(?:east|west))-\d|(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:${DIRS})\d|(?:nyc|sfo|ams|sgp|lon|fra|tor|blr|syd)[1-9])\b`,
  'gi',
);
const GEO = /\b(EU-(?:West|Central|North|South)|US-(?:East|West|Central)|EU|US|USA|UK|APAC|EMEA|LATAM|ANZ)\b/g;
const GEO_CONTEXT =
  /\b(regions?|residency|hosted\s+in|hosting|data\s+(?:must\s+)?(?:stay|remain|reside)|deploy(?:ed|ment)?\s+(?:in|to)|jurisdictions?|data\s+cent(?:er|re)s?|locality|sovereignty)\b/i;

export function extractRegions(docs: SourceDoc[]): ListFact[] {
  const found = new Map<string, Evidence[]>();
  const add = (id: string, ev: Evidence) => {
    const list = found.get(id);
    if (list) list.push(ev);
    else found.set(id, [ev]);
  };
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code' || ['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const text = block.text;
      CODE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CODE.exec(text)) !== null) {
        if (!isCommitment(assertionStatus(doc, block, m.index, m.index + m[0].length))) continue;
        add(m[0].toLowerCase(), evidenceAt(doc, block, m.index, m.index + m[0].length));
      }
      if (!GEO_CONTEXT.test(text)) continue;
      GEO.lastIndex = 0;
      while ((m = GEO.exec(text)) !== null) {
        const near = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
        if (!GEO_CONTEXT.test(near)) continue;
        if (!isCommitment(assertionStatus(doc, block, m.index, m.index + m[0].length))) continue;
        const id = m[0].toLowerCase() === 'usa' ? 'us' : m[0].toLowerCase();
        add(id, evidenceAt(doc, block, m.index, m.index + m[0].length));
      }
    }
  }
  const ids = [...found.keys()];
  // A broad geography adds nothing when a region inside it is named ("EU" next to "eu-west", "us" next to "us-east-1").
  const kept = ids.filter((id) => !ids.some((o) => o !== id && o.startsWith(`${id}-`)));
  return kept.sort().map((id) => ({ id, evidence: sortEvidence(found.get(id)!), confidence: confidenceOf(found.get(id)!.length) }));
}
