// Finds every technology hit in the documents, weighed by its block and demoted by its phrase.
import type { Evidence, MentionReason, SourceDoc, TechCategory } from '../types.js';
import { kb } from '../knowledge/active.js';
import type { AliasEntry } from '../knowledge/alias-entry.js';
import { compileMatcher, type AliasMatcher } from './alias-matcher.js';
import { blockContext, inReasonColumn, keyValueStart, STRENGTH } from './block-context.js';
import { assertionStatus, MENTION_REASON } from './assertion-status.js';
import { codeFacts } from './code-sources.js';
import { evidenceAt } from './evidence.js';
import { negatedSpans, PROHIBITED_TITLE } from './negation.js';

export interface TechHit {
  id: string;
  category: TechCategory;
  strength: number;
  demote: MentionReason | null;
  evidence: Evidence;
  /** Index of the block in its document, so one block counts once per id. */
  blockKey: string;
}

const IMPLIED_FACTOR = 0.6;
const MAX_HITS_PER_BLOCK = 200;

let shared: { entries: AliasEntry[]; matcher: AliasMatcher } | null = null;
/** The matcher over the catalogue's alias table, compiled once per catalogue. */
export function defaultMatcher(): AliasMatcher {
  const entries = kb().aliasEntries();
  if (shared?.entries !== entries) shared = { entries, matcher: compileMatcher(entries) };
  return shared.matcher;
}

function passes(entry: AliasEntry, text: string, title: string, stack: boolean): boolean {
  if (entry.stackOnly && !stack) return false;
  if (entry.vendor && !entry.vendor.test(text) && !entry.vendor.test(title)) return false;
  return true;
}

function resolveId(entry: AliasEntry, text: string): string {
  for (const v of entry.variants ?? []) if (v.when.test(text)) return v.id;
  return entry.id;
}

/** Every hit of every alias in every block, with its strength and demotion. */
export function collectTechHits(docs: SourceDoc[], matcher: AliasMatcher = defaultMatcher()): TechHit[] {
  const hits: TechHit[] = [];
  for (const doc of docs) {
    if (doc.role === 'prior-output') continue;
    doc.blocks.forEach((block, bi) => {
      const ctx = blockContext(doc, block);
      const text = block.text;
      if (block.type === 'code') {
        // Configuration says what it configures by its syntax; a snippet under "Future" or "Alternatives" still commits nothing.
        const kind = block.section.kind;
        const demote = kind === 'future' ? 'future' : kind === 'alternatives' ? 'alternative' : kind === 'example' ? 'example' : null;
        for (const f of codeFacts(block)) {
          hits.push({
            id: f.id,
            category: f.category,
            strength: demote ? 0 : f.strength,
            demote,
            evidence: evidenceAt(doc, block, f.at, f.at + 1),
            blockKey: `${doc.path}#${bi}#code`,
          });
        }
      }
      const kv = ctx.demote ? -1 : keyValueStart(text);
      // A block counts once per id anyway; past a few hundred names it is noise (or hostile), not more evidence.
      const scanned = matcher.scan(text).slice(0, MAX_HITS_PER_BLOCK);
      // An item of a "Prohibited" list names what is refused, not what is used.
      const refused =
        !ctx.demote && (block.type === 'list-item' || block.type === 'table-row') && PROHIBITED_TITLE.test(block.section.title)
          ? negatedSpans(text, scanned, true)
          : null;
      scanned.forEach((h, hi) => {
        const entry = h.entries.find((e) => passes(e, text, block.section.title, ctx.stack));
        if (!entry) return;
        const demote = ctx.demote ?? (refused?.has(hi) ? 'rejected' : MENTION_REASON[assertionStatus(doc, block, h.start, h.end)]);
        const kvStrength =
          block.section.kind === 'deployment' || doc.role === 'guidelines' || doc.role === 'deployment' ? 1 : STRENGTH.keyValue;
        // A stack row's rationale cell names neighbours ("integrates with X"), so it weighs like prose.
        const cellStrength = ctx.stack && inReasonColumn(block, h.start) ? Math.min(ctx.strength, STRENGTH.tableRow) : ctx.strength;
        const strength = demote ? 0 : kv >= 0 && h.start >= kv ? Math.max(cellStrength, kvStrength) : cellStrength;
        const evidence = evidenceAt(doc, block, h.start, h.end);
        const blockKey = `${doc.path}#${bi}`;
        hits.push({ id: resolveId(entry, text), category: entry.category, strength, demote, evidence, blockKey });
        for (const imp of entry.implies ?? []) {
          const [category, id] = imp.split(':') as [TechCategory, string];
          // An implied fact leans on the named one, so it counts for less on its own.
          hits.push({ id, category, strength: strength * IMPLIED_FACTOR, demote, evidence, blockKey });
        }
      });
    });
  }
  return hits;
}
