// Third-party APIs and SaaS the system calls, read from structure: "External APIs"/"Integrations" sections, the
// inputs' own Mermaid diagrams (an "External" subgraph) and tech stack rows whose category says external or integration.
import type { Block, Evidence, Section, SourceDoc } from '../types.js';
import { confidenceOf, evidenceAt, sortEvidence } from './evidence.js';
import { trimChars } from '../text/trim-chars.js';
import { kb } from '../knowledge/active.js';

export interface ExternalServiceFact {
  /** Kebab-case form of the name as written. */
  id: string;
  /** The name as the inputs write it. */
  name: string;
  evidence: Evidence[];
  confidence: number;
}

/** A section about what the system calls outside itself; "Internal APIs" and "APIs provided" are not. */
const EXTERNAL_TITLE =
  /\b(?:external|third[- ]party|3rd[- ]party)\s+(?:apis?|services?|integrations?|dependencies|systems?|providers?)\b|^\s*(?:\d+(?:\.\d+)*\.?\s+)?integrations?\s*$/i;
/** The title ends with the noun (or "consumed", "used"): "External API Errors" is about errors, not services. */
const TITLE_ENDS =
  /\b(?:apis?|services?|integrations?|dependencies|systems?|providers?)(?: (?:consumed|used|called))?(?: \([^)]{0,60}\))?$/i;
/** People in a diagram's external group are actors, not services. */
const ACTOR = /\b(?:users?|customers?|patients?|admins?|administrators?|operators?|people|persons?|staff|technicians?)\b/i;
/** A table in an external section lists services when its first column is headed as such. */
const NAME_HEADER = /\b(?:services?|apis?|providers?|names?|systems?|integrations?|vendors?|partners?)\b/i;
const EXTERNAL_GROUP = /\b(?:external|third[- ]party|3rd[- ]party|saas)\b/i;
const STACK_CATEGORY = /\b(?:external|third[- ]party|3rd[- ]party)\b|^\s*integrations?\s*$/i;
/** A stack table names the technology in its second column. */
const STACK_HEADER = /\b(?:technolog(?:y|ies)|tools?|services?|providers?|choices?|selections?|products?|vendors?)\b/i;
/** A requirement or decision id ("FR39", "NFR-P1", "AD-3") led in bold under an Integration heading is not a service. */
const ITEM_ID = /^[A-Z]{1,5}(?:-[A-Z]{1,3})?-?\d+(?:\.\d+)*[a-z]?$/;
const SKIP_KINDS = new Set(['alternatives', 'example', 'future']);
const MAX_NAME = 60;

/** "**Twilio SMS API:**" → "Twilio SMS API"; markup, a trailing colon and an over-long parenthetical go. */
export function serviceName(raw: string): string | null {
  if (raw.length > 4 * MAX_NAME) return null;
  // Markup and pictographs (emoji used as icons in diagrams) are not part of the name.
  let s = trimChars(
    raw
      .replace(/[*_`]/g, '')
      .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
      .replace(/\s+/g, ' '),
    ': -',
  ).replace(/^(?:\d+(?:\.\d+)*\.? )/, '');
  if (s.length > MAX_NAME && s.endsWith(')') && s.includes('(')) s = s.slice(0, s.lastIndexOf('(')).trim();
  if (s.length < 2 || s.length > MAX_NAME || !/[A-Za-z]/.test(s)) return null;
  return s;
}

export function kebab(name: string): string {
  return trimChars(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), '-');
}

/** The label of a Mermaid node declaration (`api["Payments API"]`, `x((Stripe))`), or null for anything else. */
function nodeLabel(line: string): string | null {
  const id = /^[\w-]+/.exec(line);
  if (!id || /--|==|-\./.test(line)) return null;
  const open = line.slice(id[0].length).trimStart();
  if (!open || !'[({>'.includes(open[0])) return null;
  let i = 0;
  while (i < open.length && '[({>'.includes(open[i])) i++;
  let j = i;
  while (j < open.length && !'])}'.includes(open[j])) j++;
  const label = trimChars(open.slice(i, j), ' "\'');
  return label && j < open.length ? label : null;
}

/** The bold lead of a top-level list item ("- **Stripe:** payments"), or null. */
function boldLead(raw: string): string | null {
  if (!/^[-*+]\s|^\d+\.\s/.test(raw)) return null; // top level only: nested items are the service's fields
  const m = /^(?:[-*+]|\d+\.)\s+\*\*([^*]{1,80})\*\*/.exec(raw);
  return m ? m[1] : null;
}

function within(s: Section, b: Block): boolean {
  return b.line > s.line && b.line <= s.endLine;
}

function externalSections(root: Section): Section[] {
  const out: Section[] = [];
  const stack = [root];
  while (stack.length) {
    const s = stack.pop()!;
    const title = s.title.replace(/\s+/g, ' ').trim();
    if (s.line > 0 && EXTERNAL_TITLE.test(title) && TITLE_ENDS.test(title) && !SKIP_KINDS.has(s.kind)) out.push(s);
    else stack.push(...s.children);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Node labels inside a subgraph whose title says external or third-party, read line by line (no backtracking). */
export function mermaidExternalLabels(code: string): { label: string; offset: number }[] {
  const out: { label: string; offset: number }[] = [];
  const depth: boolean[] = [];
  let offset = 0;
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (/^subgraph\b/i.test(line)) depth.push(EXTERNAL_GROUP.test(line) || depth.some(Boolean));
    else if (/^end\b/i.test(line)) depth.pop();
    else if (depth.length && depth[depth.length - 1]) {
      // A node declaration: id then a bracketed label; edges ("A --> B") are not declarations.
      const label = nodeLabel(line);
      if (label) out.push({ label: label.replace(/<br ?\/?>/gi, ' '), offset });
    }
    offset += raw.length + 1;
  }
  return out;
}

export function extractExternalServices(docs: SourceDoc[]): ExternalServiceFact[] {
  const found = new Map<string, { name: string; evidence: Evidence[]; weight: number }>();
  const add = (raw: string, ev: Evidence, weight: number) => {
    const name = serviceName(raw);
    // A technology the catalogue knows is modelled in its own slot (a store, the platform), not as a third party.
    if (!name || ACTOR.test(name) || ITEM_ID.test(name) || kb().knows(name)) return;
    const id = kebab(name);
    if (!id) return;
    const f = found.get(id) ?? { name, evidence: [], weight: 0 };
    f.evidence.push(ev);
    f.weight += weight;
    found.set(id, f);
  };
  for (const doc of docs) {
    const lines = doc.text.split('\n');
    for (const s of externalSections(doc.root)) {
      if (s.children.length) {
        for (const c of s.children) {
          const heading = doc.blocks.find((b) => b.type === 'heading' && b.line === c.line);
          if (heading) add(c.title, evidenceAt(doc, heading), 1);
        }
        continue;
      }
      for (const b of doc.blocks) {
        if (!within(s, b)) continue;
        if (b.type === 'list-item') {
          const lead = boldLead(lines[b.line - 1] ?? '');
          if (lead) add(lead, evidenceAt(doc, b), 1);
        } else if (b.type === 'table-row' && b.cells?.[0] && NAME_HEADER.test(b.header?.[0] ?? '')) add(b.cells[0], evidenceAt(doc, b), 1);
      }
    }
    for (const b of doc.blocks) {
      if (SKIP_KINDS.has(b.section.kind)) continue;
      if (b.type === 'code' && b.lang === 'mermaid')
        for (const l of mermaidExternalLabels(b.text)) add(l.label, evidenceAt(doc, b, l.offset), 0.8);
      if (
        b.type === 'table-row' &&
        b.cells &&
        b.cells.length > 1 &&
        STACK_HEADER.test(b.header?.[1] ?? '') &&
        STACK_CATEGORY.test(b.cells[0].replace(/[*_`]/g, ''))
      )
        for (const part of b.cells[1].split(/[,;+/]|\band\b/)) if (part.trim()) add(part, evidenceAt(doc, b), 1);
    }
  }
  // "OpenAI API" and "OpenAI API Vision + Embeddings" are one service: a name that extends another at a word boundary folds into it.
  const ids = [...found.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const id of ids) {
    const base = ids.find((x) => x !== id && found.has(x) && id.startsWith(`${x}-`));
    if (!base || !found.has(id)) continue;
    const into = found.get(base)!;
    into.evidence.push(...found.get(id)!.evidence);
    into.weight += found.get(id)!.weight;
    found.delete(id);
  }
  return [...found.entries()]
    .map(([id, f]) => ({ id, name: f.name, evidence: sortEvidence(f.evidence), confidence: confidenceOf(f.weight) }))
    .sort((a, b) => {
      const x = a.evidence[0];
      const y = b.evidence[0];
      return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || (a.id < b.id ? -1 : 1);
    });
}
