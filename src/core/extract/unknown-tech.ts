// Open world: a tech stack row or a template field ("**CI/CD Platform:** X") whose technology the catalogue lacks is carried as written.
import type { SourceDoc, TechSlot, UnknownTechFact } from '../types.js';
import { defaultMatcher } from './tech-hits.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { evidenceAt } from './evidence.js';
import { kb } from '../knowledge/active.js';
import { SLOT_WORDS } from './slot-words.js';
import { ownerOfTail } from './name-tail.js';

const CATEGORY_HEADER = /^\s*(?:category|layer|component|area|concern|purpose|role|slot|aspect)\s*$/i;
const TECH_HEADER = /^\s*(?:technolog(?:y|ies)|tool(?:ing)?|choice|selection|service|name|platform|provider|product|solution)\s*$/i;
// A name: capitalised words, digits and dots, up to four words ("Acme Deploy", "Quokka.io"); placeholders are not names.
const NAME = /^[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}$/;
const PLACEHOLDER = /^(?:n\/?a|tbd|none|todo|other|custom|various|latest|yes|no)$/i;
// "In-Memory Cache", "Custom Scripts": a description in title case, not a product.
const GENERIC =
  /\b(?:in-memory|built-in|custom|native|local|manual|scripts?|files?|environment|variables?|standard|default|internal|simple|basic|server|api|rest|http)\b/i;

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "Acme Deploy (managed)" → "Acme Deploy": drops a bracket that closes the cell (scanned, not a backtracking pattern). */
function withoutTrailingBracket(cell: string): string {
  const s = cell.trimEnd();
  if (!s.endsWith(')')) return cell;
  // The bracket opens at the first "(" after the previous ")": its content holds no ")".
  const open = s.indexOf('(', s.lastIndexOf(')', s.length - 2) + 1);
  return open >= 0 && open < s.length - 1 ? s.slice(0, open).trimEnd() : cell;
}

/** "Acme Deploy v2.1" → "Acme Deploy": drops a version that ends the name after a space. */
function withoutVersion(name: string): string {
  let i = name.length;
  while (i > 0 && /[\w.]/.test(name[i - 1]!)) i--;
  return i > 0 && /\s/.test(name[i - 1]!) && /^v?\d[\w.]*$/.test(name.slice(i)) ? name.slice(0, i).trimEnd() : name;
}

// The BMAD architecture template's fields name one slot each ("Provider", "CI/CD Platform", "Infrastructure as Code").
const FIELD_SLOTS: [RegExp, TechSlot][] = [
  [/^(?:cloud\s+)?provider$|^(?:hosting|cloud)(?:\s+(?:platform|provider))?$|^deploy(?:ment)?\s+(?:target|platform)$/i, 'hosting-platform'],
  [/^ci(?:\s?\/\s?|\s)?cd(?:\s+(?:platform|tool|system|service))?$|^(?:ci|build)\s+(?:platform|system|server)$/i, 'ci-cd'],
  [/^(?:iac|infrastructure\s+as\s+code)(?:\s+tool)?$/i, 'iac'],
];
// A generic field ("- **Tool:** X" under "Infrastructure as Code") takes its slot from the section it sits in.
const GENERIC_FIELD = /^(?:tool|platform|technology|choice|service)$/i;
const SECTION_SLOTS: [RegExp, TechSlot][] = [
  [/\binfrastructure\s+as\s+code\b|\biac\b/i, 'iac'],
  [/\bci(?:\s?\/\s?|\s)?cd\b|\bpipelines?\b|\bcontinuous\s+(?:integration|delivery|deployment)\b/i, 'ci-cd'],
  [/\b(?:cloud\s+infrastructure|hosting|cloud\s+provider)\b/i, 'hosting-platform'],
];
// "Label: value" (the bold markup is already gone from a block's text): a few words, then the colon.
const FIELD = /^\s*([A-Za-z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,4})\s*:/;

/** The slot a template field names, from its label or, for a generic label, from its section; null for other lines. */
export function fieldSlot(label: string, sectionTitle: string): TechSlot | null {
  const l = label.trim();
  const bySelf = FIELD_SLOTS.find(([re]) => re.test(l))?.[1];
  if (bySelf) return bySelf;
  return GENERIC_FIELD.test(l) ? (SECTION_SLOTS.find(([re]) => re.test(sectionTitle))?.[1] ?? null) : null;
}

/** The first name of a field's value: up to a comma, a semicolon, a dash or a bracket ("Pulumi 3.1 - one stack per env"). */
function firstName(value: string): string {
  let end = value.length;
  for (const sep of [',', ';', ' - ', ' – ', ' — ', '(', ' for ', ' with ', ' on ']) {
    const i = value.indexOf(sep);
    if (i >= 0 && i < end) end = i;
  }
  return withoutVersion(value.slice(0, end).replace(/[*`_]/g, '').trim());
}

/** Technologies named in a stack table's technology column or a template field that the catalogue does not know. */
export function extractUnknownTechnologies(docs: SourceDoc[]): UnknownTechFact[] {
  const found = new Map<string, UnknownTechFact>();
  const matcher = defaultMatcher();
  const isUnknownName = (value: string) => {
    if (!NAME.test(value) || PLACEHOLDER.test(value) || kb().knows(value)) return false;
    // "Quokka SQL Server": a common-word spelling owned by the name before it is part of this name, and not a description.
    const hits = matcher.scan(value);
    const tails = hits.filter((h) => ownerOfTail(value, h, matcher));
    if (tails.length < hits.length) return false;
    const head = tails.length ? value.slice(0, tails[0].start) : value;
    return !GENERIC.test(head);
  };
  const add = (value: string, slot: TechSlot, ev: UnknownTechFact['evidence'][number]) => {
    const id = kebab(value);
    const prev = found.get(id);
    if (prev) prev.evidence.push(ev);
    else found.set(id, { id, name: value, slot, evidence: [ev], confidence: 0.7 });
  };
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'list-item' || block.type === 'paragraph') {
        const m = FIELD.exec(block.text);
        const slot = m ? fieldSlot(m[1], block.section.title) : null;
        if (!m || !slot) continue;
        const value = firstName(block.text.slice(m[0].length));
        const start = block.text.indexOf(value, m[0].length);
        if (start < 0 || !isUnknownName(value) || !isCommitment(assertionStatus(doc, block, start, start + value.length))) continue;
        add(value, slot, evidenceAt(doc, block, start, start + value.length));
        continue;
      }
      if (block.type !== 'table-row' || !block.header || !block.cells) continue;
      const catCol = block.header.findIndex((h) => CATEGORY_HEADER.test(h));
      const techCol = block.header.findIndex((h) => TECH_HEADER.test(h));
      if (catCol < 0 || techCol < 0 || catCol === techCol) continue;
      const value = withoutVersion(withoutTrailingBracket(block.cells[techCol] ?? '')).trim();
      if (!isUnknownName(value)) continue;
      const slot = SLOT_WORDS.find(([re]) => re.test(block.cells![catCol] ?? ''))?.[1];
      if (!slot) continue;
      const start = block.text.indexOf(value);
      if (start < 0 || !isCommitment(assertionStatus(doc, block, start, start + value.length))) continue;
      add(value, slot, evidenceAt(doc, block, start, start + value.length));
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
