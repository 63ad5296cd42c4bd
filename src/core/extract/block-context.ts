// Weighs a block by where it sits: stack tables commit strongly, prose weakly, alternatives and code not at all.
import type { Block, MentionReason, SourceDoc } from '../types.js';
import { cellIndex } from './assertion-status.js';
import { CHOSEN_MARK } from '../text/chosen-mark.js';

export interface BlockContext {
  /** How much a hit here counts towards a commitment (0 when demoted). */
  strength: number;
  /** Why hits here are only mentions, or null when they may commit. */
  demote: MentionReason | null;
  /** A technology table row or tech-stack section: short, ambiguous spellings are trusted here. */
  stack: boolean;
}

export const STRENGTH = {
  stackRow: 1,
  stack: 0.7,
  keyValue: 0.9,
  assumptions: 0.6,
  guidelines: 0.6,
  deployment: 0.5,
  tableRow: 0.4,
  architecture: 0.3,
  requirements: 0.3,
  prd: 0.25,
  other: 0.2,
  heading: 0.3,
} as const;

const COMPARISON_HEADER = /\b(options?|alternatives?|pros|cons|considered|vs\.?|versus|comparison|trade-?offs?|score)\b/i;
const TECH_HEADER = /\b(technolog(y|ies)|tool(ing)?|service|stack|choice|selection|component|provider|platform|category|layer)\b/i;
const FUTURE_CELL = /^\s*\(?(future|later|planned|post[- ]?mvp|phase\s*[2-9]|optional|tbd|deferred)\b/i;
/** Whether a short note (a table cell, a tree entry's comment) opens by deferring its item: "(future)", "Phase 2", "optional". */
export const isDeferredNote = (note: string): boolean => FUTURE_CELL.test(note);
const LOCAL_CELL = /^\s*(?:for\s+)?local\s+(?:development|dev|testing)\b|\b(?:dev(?:elopment)?|testing|tests?)\s+only\b/i;
// "(Phase 2 conditional)", "If required", "Only if card data is stored": a note that makes the whole row depend on a condition.
const CONDITIONAL_CELL =
  /^[ \t]*(?:\([ \t]*)?(?:(?:phase ?\d{1,2}[ ,-]{1,3})?conditional(?:ly)?|if\s+(?:required|needed|necessary|applicable)|as\s+needed|only\s+(?:if|when)|when\s+(?:required|needed))\b/i;
const TECH_LABEL =
  /\b(provider|platform|hosting|host|cloud|database|db|datastore|data store|storage|cache|caching|queue|messaging|broker|event bus|compute|runtime|deploy(ment)?|infrastructure|iac|ci\/?cd|pipeline|orchestration|container(s|i[sz]ation)?|framework|language|backend|frontend|services?|stack|tool|search|cdn|functions?|serverless|api|monitoring|logging|auth(entication)?|secrets?|file storage|object storage|vector)\b/i;

// A column that argues for the row ("Rationale", "Why", "Notes"): names in it are reasons or neighbours, not the row's choice.
// A "Purpose" or "Description" cell is kept: it often lists the parts of the choice ("Pages, Workers, R2").
const REASON_HEADER = /^\s*(?:rationale|reasons?|reasoning|why(?:\s+chosen)?|notes?|justification|comments?|benefits?|remarks?)\s*$/i;

/** Whether the offset of a table row's text falls in a column that argues for the row rather than naming its technology. */
export function inReasonColumn(block: Block, at: number): boolean {
  if (block.type !== 'table-row' || !block.header) return false;
  return REASON_HEADER.test(block.header[cellIndex(block.text, at)] ?? '');
}

// The first column of a stack table names the slot ("Ingress (K8s)", "Cache (edge)"): a name there scopes the row, it is not its value.
const CATEGORY_HEADER = /^\s*(?:category|layer|component|area|concern|aspect|domain|purpose|role|type|function)\s*$/i;

/** Whether the offset of a table row's text falls in the first, slot-naming column of a technology table. */
export function inCategoryColumn(block: Block, at: number): boolean {
  if (block.type !== 'table-row' || !block.header) return false;
  return cellIndex(block.text, at) === 0 && CATEGORY_HEADER.test(block.header[0] ?? '');
}

/** Whether a table header marks a comparison of options rather than a list of choices. */
export function isComparisonHeader(header: string[] | undefined): boolean {
  return !!header && header.some((h) => COMPARISON_HEADER.test(h));
}

/** A "Label: value" block whose label names a technology slot ("**Database:** PostgreSQL"); returns where the value starts. */
export function keyValueStart(text: string): number {
  const m = /^\s*(?:\*\*)?([A-Za-z][A-Za-z0-9 /&()+.-]{1,48}?)(?:\*\*)?\s*:\s*(?:\*\*)?/.exec(text);
  if (!m || !TECH_LABEL.test(m[1])) return -1;
  return m[0].length;
}

export function blockContext(doc: SourceDoc, block: Block): BlockContext {
  const kind = block.section.kind;
  if (block.type === 'code') return { strength: 0, demote: 'code', stack: false };
  if (kind === 'alternatives') return { strength: 0, demote: 'alternative', stack: false };
  if (kind === 'future') return { strength: 0, demote: 'future', stack: false };
  if (kind === 'example') return { strength: 0, demote: 'example', stack: false };

  const inStack = doc.role === 'tech-stack' || kind === 'tech-stack';
  if (block.type === 'table-header') {
    return isComparisonHeader(block.cells)
      ? { strength: 0, demote: 'alternative', stack: false }
      : { strength: 0.2, demote: null, stack: false };
  }
  if (block.type === 'table-row') {
    const cells = block.cells ?? [];
    if (isComparisonHeader(block.header)) {
      // The chosen row of a comparison is an explicit decision; the other rows are alternatives.
      return cells.some((c) => CHOSEN_MARK.test(c))
        ? { strength: 1, demote: null, stack: true }
        : { strength: 0, demote: 'alternative', stack: false };
    }
    // The category cell names the slot ("Optional services"), so only the other cells state the row's condition.
    if (cells.slice(1).some((c) => CONDITIONAL_CELL.test(c))) return { strength: 0, demote: 'conditional', stack: false };
    if (cells.some((c) => FUTURE_CELL.test(c))) return { strength: 0, demote: 'future', stack: false };
    // A tool kept for local development or tests says nothing about what runs in production.
    if (cells.some((c) => LOCAL_CELL.test(c))) return { strength: 0, demote: 'dev-only', stack: false };
    const techTable = inStack || (block.header ?? []).some((h) => TECH_HEADER.test(h));
    if (techTable) return { strength: inStack ? STRENGTH.stackRow : 0.8, demote: null, stack: true };
  }
  if (inStack) return { strength: block.type === 'heading' ? STRENGTH.heading : STRENGTH.stack, demote: null, stack: true };

  let strength: number;
  if (kind === 'technical-assumptions') strength = STRENGTH.assumptions;
  else if (doc.role === 'guidelines' || doc.role === 'deployment') strength = STRENGTH.guidelines;
  else if (kind === 'deployment') strength = STRENGTH.deployment;
  else if (block.type === 'table-row') strength = STRENGTH.tableRow;
  else if (doc.role === 'architecture')
    strength = kind === 'requirements' || kind === 'security' ? STRENGTH.requirements : STRENGTH.architecture;
  else if (doc.role === 'prd') strength = kind === 'requirements' ? STRENGTH.requirements : STRENGTH.prd;
  else strength = STRENGTH.other;
  if (block.type === 'heading') strength = Math.min(strength, STRENGTH.heading);
  return { strength, demote: null, stack: false };
}
