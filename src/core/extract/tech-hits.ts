// Finds every technology hit in the documents, weighed by its block and demoted by its phrase.
import type { DocRole, Evidence, MentionReason, SourceDoc, TechCategory } from '../types.js';
import { kb } from '../knowledge/active.js';
import type { AliasEntry } from '../knowledge/alias-entry.js';
import { compileMatcher, type AliasHit, type AliasMatcher } from './alias-matcher.js';
import { blockContext, inCategoryColumn, inReasonColumn, keyValueStart, STRENGTH } from './block-context.js';
import { assertionStatus, MENTION_REASON, phraseStatus } from './assertion-status.js';
import { codeFacts } from './code-sources.js';
import { compatibleInterfaceEnd, describesNamedProduct } from './compatible-interface.js';
import { evidenceAt } from './evidence.js';
import { placesOtherSystem } from './foreign-locality.js';
import { negatedSpans, PROHIBITED_TITLE } from './negation.js';
import { inSpans, mermaidNames } from './mermaid-names.js';
import { obligationStated } from './obligation.js';
import { regimeAsContent } from './regime-content.js';
import { requirementMeans } from './requirement-means.js';
import { shortFormEntries, shortFormIn } from './short-forms.js';
import { slashAlternatives } from './slash-alternatives.js';
import { rowSuppliedTech } from './row-slots.js';
import { ownerOfTail } from './name-tail.js';
import { TREE_STRENGTH } from './source-tree.js';

export interface TechHit {
  id: string;
  category: TechCategory;
  strength: number;
  demote: MentionReason | null;
  evidence: Evidence;
  /** Index of the block in its document, so one block counts once per id. */
  blockKey: string;
  /** Read from a diagram: it adds weight but is cited only after the prose. */
  drawn?: boolean;
  /** The facts the named spelling implies (`cloudProviders:aws`, `compute:kubernetes` for EKS): what the name refines. */
  backing?: string[];
  /** For an implied hit, the id of the name that implied it. */
  impliedBy?: string;
  /** The role of the document it was read from, and whether it sits in a stack table or section. */
  role?: DocRole;
  stack?: boolean;
  /** Written "<name>-compatible": the interface, which a concrete product of its slot answers (see compatible-interface.ts). */
  compatible?: boolean;
}

const IMPLIED_FACTOR = 0.6;
/** A name in the inputs' own diagram is a mention: it adds to prose, never commits alone. */
const DIAGRAM_STRENGTH = 0.2;
/** A platform drawn in a deployment diagram says where things run, as a deployment section's line would. */
const DEPLOYMENT_DIAGRAM_STRENGTH = 0.5;
const PLATFORM_CATEGORIES = new Set<TechCategory>(['cloudProviders', 'compute']);
const MAX_HITS_PER_BLOCK = 200;
// ".github/workflows/release.yml": a tool's folder spelled out down to one file is this repository's own configuration.
const CONFIG_FILE_AFTER = /^\/[\w-]+(?:\.[\w-]+)?\.(?:ya?ml|json|toml)\b/;

// "NFR-S3", "S1–S3": a requirement id spelled like a short product name (S3, R2, EC2) is not the product.
const ID_LIKE = /^[A-Z]{1,3}\d{1,2}$/;
const ID_PREFIX = /(?:^|[^A-Za-z0-9])([A-Z]{1,5})-$/;
const RANGE_BEFORE = /[A-Z]\d{1,2} ?[–-] ?$/;
const RANGE_AFTER = /^ ?[–-] ?[A-Z]\d/;
// "Angular CDK", "Flutter SDK": an acronym right after a framework's name is a part of that framework, not another product.
const ACRONYM = /^[A-Z]{2,4}$/;

/** Whether the hit is an acronym that a framework named just before it owns ("Angular CDK"). */
function frameworkPart(text: string, hit: AliasHit, previous: AliasHit | undefined): boolean {
  if (!previous || !ACRONYM.test(text.slice(hit.start, hit.end)) || text.slice(previous.end, hit.start) !== ' ') return false;
  return previous.entries.some((e) => e.category === 'frameworks') && !hit.entries.some((e) => e.category === 'frameworks');
}

/** Whether the hit at [start, end) is a requirement or item id rather than a name. */
export function isItemId(text: string, start: number, end: number, matcher: AliasMatcher): boolean {
  if (!ID_LIKE.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 8), start);
  const prefix = ID_PREFIX.exec(before)?.[1];
  // "AWS-S3" keeps its vendor: a prefix that is itself a technology name is not an id scheme.
  if (prefix && matcher.scan(prefix).length === 0) return true;
  return RANGE_BEFORE.test(before) || RANGE_AFTER.test(text.slice(end, end + 5));
}

let shared: { entries: AliasEntry[]; matcher: AliasMatcher } | null = null;
/** The matcher over the catalogue's alias table, compiled once per catalogue. */
export function defaultMatcher(): AliasMatcher {
  const entries = kb().aliasEntries();
  if (shared?.entries !== entries) shared = { entries, matcher: compileMatcher(entries) };
  return shared.matcher;
}

/** Whether a matched spelling writes out another record's own name ("AWS WAF" names AWS). */
function spellsOut(matched: string, id: string): boolean {
  if (!matched) return false;
  const norm = (x: string) =>
    ` ${x
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim()} `;
  const m = norm(matched);
  return kb()
    .spellingsOf([id])
    .anyCase.some((s) => m.includes(norm(s)));
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

/** The facts every name of a slash-joined run implies ("AWS ECS/EKS": AWS), which the open choice between them leaves standing. */
function sharedImplications(run: AliasHit[]): Set<string> {
  const lists = run.map((h) => h.entries[0]?.implies ?? []);
  return new Set(lists[0]?.filter((imp) => lists.every((l) => l.includes(imp))) ?? []);
}

/** Every hit of every alias in every block, with its strength and demotion. */
export function collectTechHits(docs: SourceDoc[], matcher: AliasMatcher = defaultMatcher()): TechHit[] {
  const hits: TechHit[] = [];
  const pushHit = (
    id: string,
    entry: AliasEntry,
    strength: number,
    demote: MentionReason | null,
    evidence: Evidence,
    blockKey: string,
    drawn = false,
    matched = '',
    compatible = false,
    kept: { implied: ReadonlySet<string>; strength: number } | null = null,
  ) => {
    const mark = drawn ? { drawn } : {};
    if (compatible) {
      // The interface, not the vendor: "S3-compatible" says nothing about an account with the provider that defined it.
      hits.push({ id, category: entry.category, strength, demote, evidence, blockKey, compatible, ...mark });
      return;
    }
    const backing = entry.implies?.length ? { backing: entry.implies } : {};
    hits.push({ id, category: entry.category, strength, demote, evidence, blockKey, ...mark, ...backing });
    for (const imp of entry.implies ?? []) {
      const [category, implied] = imp.split(':') as [TechCategory, string];
      // An implied fact leans on the named one, so it counts for less on its own; a provider the spelling writes out
      // ("AWS WAF", "Azure Front Door") is named, as it was when the product had no spelling of its own.
      const factor = category === 'cloudProviders' && implied !== entry.id && spellsOut(matched, implied) ? 1 : IMPLIED_FACTOR;
      // "AWS ECS/EKS" leaves the service open, not the provider every option of the pair lives in.
      const keep = kept?.implied.has(imp);
      const own = keep ? { strength: kept!.strength * factor, demote: null } : { strength: strength * factor, demote };
      hits.push({ id: implied, category, ...own, evidence, blockKey, impliedBy: id, ...mark });
    }
  };
  const shortForms = shortFormEntries(docs, matcher);
  for (const doc of docs) {
    if (doc.role === 'prior-output') continue;
    doc.blocks.forEach((block, bi) => {
      const ctx = blockContext(doc, block);
      const first = hits.length;
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
      // The inputs' own diagrams name components and platforms; other code only shows what it configures.
      const diagram = ctx.demote === 'code' ? mermaidNames(block) : null;
      const kv = ctx.demote ? -1 : keyValueStart(text);
      // A block counts once per id anyway; past a few hundred names it is noise (or hostile), not more evidence.
      const scanned = matcher.scan(text).slice(0, MAX_HITS_PER_BLOCK);
      // An item of a "Prohibited" list names what is refused, not what is used.
      const refused =
        !ctx.demote && (block.type === 'list-item' || block.type === 'table-row') && PROHIBITED_TITLE.test(block.section.title)
          ? negatedSpans(text, scanned, true)
          : null;
      const slashed = ctx.demote
        ? null
        : slashAlternatives(
            text,
            scanned.map((h) => ({ start: h.start, end: h.end, id: h.entries[0]?.id ?? '' })),
          );
      scanned.forEach((h, hi) => {
        const named = h.entries.find((e) => passes(e, text, block.section.title, ctx.stack));
        if (!named || isItemId(text, h.start, h.end, matcher) || frameworkPart(text, h, scanned[hi - 1])) return;
        // "Quokka SQL Server" is Quokka's product: the unknown-technology reader carries it by its whole name.
        if (ownerOfTail(text, h, matcher)) return;
        const entry = shortFormIn(shortForms, h, scanned) ?? named;
        const id = resolveId(entry, text);
        // "S3-compatible storage" is judged as one phrase, so the likeness does not make it an example.
        const interfaceEnd = compatibleInterfaceEnd(text, h.end, id);
        const compatible = interfaceEnd >= 0;
        const end = compatible ? interfaceEnd : h.end;
        // "Active Directory on-prem": where a system it talks to lives, which is its subject, not its own hosting.
        const foreign = kb().kindOf(id) === 'on-premises' && placesOtherSystem(text, h.start, h.end, matcher) ? 'subject' : null;
        if (diagram && inSpans(diagram.spans, h.start, h.end)) {
          const reason = foreign ?? MENTION_REASON[phraseStatus(text, h.start, end)];
          const weight = diagram.deployment && PLATFORM_CATEGORIES.has(entry.category) ? DEPLOYMENT_DIAGRAM_STRENGTH : DIAGRAM_STRENGTH;
          pushHit(
            id,
            entry,
            reason ? 0 : weight,
            reason,
            evidenceAt(doc, block, h.start, h.end),
            `${doc.path}#${bi}`,
            true,
            h.text,
            compatible,
          );
          return;
        }
        const read =
          ctx.demote ??
          foreign ??
          (compatible && describesNamedProduct(text, h.start) ? 'example' : null) ??
          (refused?.has(hi) ? 'rejected' : MENTION_REASON[assertionStatus(doc, block, h.start, end)]);
        // Only an open choice between the names of a slash run, nothing else said about them, leaves what they share standing.
        const run = read ? undefined : slashed?.get(hi);
        let demote = read ?? (run ? 'conditional' : null);
        // A regime binds the system only when the documents take it on, not when they only name it or make templates about it.
        if (!demote && entry.category === 'compliance' && regimeAsContent(text, h.start, h.end)) demote = 'subject';
        if (!demote && entry.category === 'compliance' && !obligationStated(block, h.start, h.end)) demote = 'no-obligation';
        const kvStrength =
          block.section.kind === 'deployment' || doc.role === 'guidelines' || doc.role === 'deployment' ? 1 : STRENGTH.keyValue;
        // A stack row's rationale cell names neighbours ("integrates with X"), so it weighs like prose; its category cell
        // names the slot and its scope ("Ingress (K8s)", "Payment Rails"), never the row's choice, so it is a passing mention.
        const cellStrength = !ctx.stack
          ? ctx.strength
          : inCategoryColumn(block, h.start)
            ? Math.min(ctx.strength, STRENGTH.other)
            : inReasonColumn(block, h.start)
              ? Math.min(ctx.strength, STRENGTH.tableRow)
              : ctx.strength;
        // A requirement met "via X" binds the system to X as a stack row does, though it is said once.
        const means = requirementMeans(block, h.start) ? STRENGTH.stackRow : 0;
        // A path to one of its files weighs as that file listed in a planned source tree does.
        const configFile = h.text.includes('/') && CONFIG_FILE_AFTER.test(text.slice(h.end, h.end + 60)) ? TREE_STRENGTH : 0;
        const baseStrength = Math.max(cellStrength, means, configFile);
        const stated = kv >= 0 && h.start >= kv ? Math.max(baseStrength, kvStrength) : baseStrength;
        const strength = demote ? 0 : stated;
        const evidence = evidenceAt(doc, block, h.start, h.end);
        const blockKey = `${doc.path}#${bi}`;
        const kept = run ? { implied: sharedImplications(run.map((j) => scanned[j])), strength: stated } : null;
        pushHit(id, entry, strength, demote, evidence, blockKey, false, h.text, compatible, kept);
        // "Vercel | Hosting + CI/CD": the row also picks what the platform supplies for the other slot it names.
        if (ctx.stack && !inCategoryColumn(block, h.start)) {
          for (const supplied of rowSuppliedTech(block, h.start, id)) {
            const category = kb().tech(supplied)!.category;
            hits.push({ id: supplied, category, strength, demote, evidence, blockKey, impliedBy: id });
          }
        }
      });
      for (let i = first; i < hits.length; i++) Object.assign(hits[i], { role: doc.role, stack: ctx.stack });
    });
  }
  return hits;
}
