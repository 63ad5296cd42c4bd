// Finds cloud region codes and the geographies committed to for hosting or data residency.
import type { Evidence, ListFact, SourceDoc } from '../types.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { kb } from '../knowledge/active.js';

const DIRS = 'north|south|east|west|central|northeast|northwest|southeast|southwest';
const CODE = new RegExp(
  String.raw`\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:${DIRS}|gov-(?:east|west))-\d|(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:${DIRS})\d|(?:nyc|sfo|ams|sgp|lon|fra|tor|blr|syd)[1-9])\b`,
  'gi',
);
const GEO_CONTEXT =
  /\b(regions?|residency|hosted\s+in|hosting|data\s+(?:must\s+)?(?:stays?|remains?|resides?|(?:is\s+)?(?:kept|stored))|deploy(?:ed|ment)?\s+(?:in|to)|jurisdictions?|data\s+cent(?:er|re)s?|locality|sovereignty)\b/i;
// "EU only", "EEA-only": a geography that limits where the system may be, stated in capitals.
const ONLY = /\b[A-Z]{2,5}[- ]only\b/;
const placeContext = (text: string) => GEO_CONTEXT.test(text) || ONLY.test(text);
const DIRECTION_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${DIRS})[ -]$`, 'i');
const DIRECTION_AFTER = new RegExp(`^[ -](${DIRS})(?![A-Za-z0-9])`, 'i');

interface PlaceMatcher {
  re: RegExp;
  byName: Map<string, { name: string; id?: string; jurisdiction: string }>;
  source: unknown;
}
let places: PlaceMatcher | null = null;
const nameKey = (n: string) => n.toLowerCase().replace(/-/g, ' ');

/** One pass over the catalogue's geography names and places, longest first (compiled once per catalogue). */
function placeMatcher(): PlaceMatcher {
  const names = kb().placeNames();
  if (places?.source === names) return places;
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${names.map((n) => escape(n.name)).join('|')})(?![A-Za-z0-9_])`, 'gi');
  const byName = new Map(names.map((n) => [nameKey(n.name), { name: n.name, id: n.id, jurisdiction: n.jurisdiction }]));
  return (places = { re, byName, source: names });
}

/** A proper noun as the catalogue spells it: an acronym in capitals ("US", never the pronoun "us"), a name with its capital. */
function properlyWritten(written: string, name: string): boolean {
  return name === name.toUpperCase() ? written === written.toUpperCase() : /^[A-Z]/.test(written);
}

const REGION_SETTING = /^[ \t]*(?:aws_)?region[ \t]*=[ \t]*"([a-z0-9-]{4,30})"/;
// '"regions": ["iad1", "fra1"]' (a platform's JSON or YAML config): the key names them regions, so a platform's own short
// codes count too; each value must still look like a code (lowercase, ending in a digit), not a word such as "all".
const REGIONS_LIST = /^[ \t]*["']?regions["']?[ \t]*[:=][ \t]*\[([^\]\n]{1,200})\]/;
const LISTED_CODE = /[a-z][a-z0-9-]{1,29}/g;

/** Region codes a configuration snippet sets, one per setting line, each checked against the region-code shapes. */
export function configuredRegions(text: string): { id: string; at: number }[] {
  const out: { id: string; at: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = REGION_SETTING.exec(line);
    CODE.lastIndex = 0;
    if (m && CODE.exec(m[1])?.[0] === m[1]) out.push({ id: m[1], at: offset + line.indexOf(m[1]) });
    const list = REGIONS_LIST.exec(line);
    if (list) {
      const from = line.indexOf('[') + 1;
      LISTED_CODE.lastIndex = 0;
      for (let v = LISTED_CODE.exec(list[1]); v; v = LISTED_CODE.exec(list[1]))
        if (/\d$/.test(v[0])) out.push({ id: v[0], at: offset + from + v.index });
    }
    offset += line.length + 1;
  }
  return out;
}

/** The ids of the geographies themselves (us, eu, apac): broad areas, not regions. */
const broadIds = () =>
  new Set(
    kb()
      .placeNames()
      .flatMap((n) => (n.id ? [n.id] : [])),
  );

export interface PlaceHit {
  id: string;
  start: number;
  end: number;
  jurisdiction: string;
  /** A country or city named alone ("Singapore"), not a geography or a directed one ("East US"). */
  place: boolean;
}

/**
 * Geographies and places named in prose ("East US", "Asia-Pacific", "Germany", "US-East"), as region ids: a name of a
 * geography alone is its record's id ("European Union" → eu), anything else the phrase as written ("east-us", "germany").
 */
export function placesIn(text: string): PlaceHit[] {
  const { re, byName } = placeMatcher();
  const out: PlaceHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const known = byName.get(nameKey(m[0]));
    if (!known || !properlyWritten(m[0], known.name)) continue;
    let start = m.index;
    let end = start + m[0].length;
    const before = DIRECTION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const after = DIRECTION_AFTER.exec(text.slice(end, end + 12));
    if (before) start -= before[1].length + 1;
    if (after) end += after[0].length;
    const id = !before && !after && known.id ? known.id : text.slice(start, end).toLowerCase().replace(/ /g, '-');
    out.push({ id, start, end, jurisdiction: known.jurisdiction, place: !before && !after && !known.id });
  }
  return out;
}

export function extractRegions(docs: SourceDoc[]): ListFact[] {
  const found = new Map<string, Evidence[]>();
  const placeIds = new Map<string, string>();
  const add = (id: string, ev: Evidence) => {
    const list = found.get(id);
    if (list) list.push(ev);
    else found.set(id, [ev]);
  };
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (['alternatives', 'future', 'example'].includes(block.section.kind)) continue;
      const text = block.text;
      if (block.type === 'code') {
        // Configuration states where it deploys: a 'region = "eu-west-1"' setting (Terraform, TOML) names a region code.
        for (const r of configuredRegions(text)) add(r.id, evidenceAt(doc, block, r.at, r.at + r.id.length));
        continue;
      }
      CODE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CODE.exec(text)) !== null) {
        if (!isCommitment(assertionStatus(doc, block, m.index, m.index + m[0].length))) continue;
        add(m[0].toLowerCase(), evidenceAt(doc, block, m.index, m.index + m[0].length));
      }
      if (!placeContext(text)) continue;
      for (const p of placesIn(text)) {
        if (p.place) placeIds.set(p.id, p.jurisdiction);
        const near = text.slice(Math.max(0, p.start - 80), p.end + 80);
        if (!placeContext(near)) continue;
        if (!isCommitment(assertionStatus(doc, block, p.start, p.end))) continue;
        add(p.id, evidenceAt(doc, block, p.start, p.end));
      }
    }
  }
  const ids = [...found.keys()];
  // A broad geography adds nothing when a region inside it is named ("EU" next to "eu-west", "us" next to "East US").
  const broad = broadIds();
  const inside = (id: string, o: string) => o.startsWith(`${id}-`) || (broad.has(id) && !broad.has(o) && kb().jurisdictionOf(o) === id);
  // A country or city beside a region there ("eu-west-1 (Ireland)", "the first market is Ireland") restates or colours it.
  const specific = ids.filter((o) => !placeIds.has(o) && !broad.has(o));
  const restated = (id: string) => placeIds.has(id) && specific.some((o) => kb().jurisdictionOf(o) === placeIds.get(id));
  const kept = ids.filter((id) => !restated(id) && !ids.some((o) => o !== id && inside(id, o)));
  return kept.sort().map((id) => ({ id, evidence: sortEvidence(found.get(id)!), confidence: confidenceOf(found.get(id)!.length) }));
}
