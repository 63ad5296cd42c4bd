// Consistency with the project's inputs: prohibited or rejected choices, missing commitments, ignored regimes.
import type { Block, Evidence, ListFact, Profile, SectionKind } from '../types.js';
import type { DocumentView, ViewBlock } from './document-view.js';
import type { Finding } from './report.js';
import { ruleFinding } from './messages.js';
import { namesTech, techSpans } from './tech-spellings.js';
import { assertionStatus, isCommitment } from '../extract/assertion-status.js';
import { sectionKind } from '../ingest/section-kind.js';
import { kb } from '../knowledge/active.js';
import { CHOSEN_MARK } from '../text/chosen-mark.js';

/** Roles where one choice replaces another: a different platform, IaC tool or pipeline chosen instead contradicts the inputs. */
const EXCLUSIVE: ('cloudProviders' | 'iacTools' | 'ciCd')[] = ['cloudProviders', 'iacTools', 'ciCd'];

/** Blocks that name a technology without choosing it: negations, comparisons, futures. */
const NOT_A_CHOICE =
  /\b(?:not|no|never|avoid\w*|instead of|rather than|without|reject\w*|prohibit\w*|forbidden|don't|do not|won't|will not|replac\w*|migrat\w* (?:away )?from|alternatives?|considered|vs\.?|versus|compared|over|runner-up)\b/i;
/** An options table lists every candidate; only the row marked as the choice chooses. */
const OPTIONS_HEADER = /^(?:options?|alternatives?|approach|candidates?|pros|cons)$/i;

function unchosenOptionRow(b: ViewBlock): boolean {
  return b.type === 'table-row' && (b.header ?? []).some((h) => OPTIONS_HEADER.test(h.trim())) && !CHOSEN_MARK.test(b.text);
}
/** Statements about a later stage ("Scale phase: AWS, when funded") are plans, not the design being checked. */
const FUTURE_STATEMENT =
  /\b(?:phase\s*[2-9]|(?:scale|growth|enterprise) phase|future|later|eventually|post[- ]mvp|when (?:\w+ ){0,3}(?:validated|funded|needed|required|justified)|migrat\w* to|upgrade path)\b/i;
const NON_CHOICE_SECTION =
  /\b(?:alternatives?|options? considered|rejected|not chosen|comparison|trade-?offs?|future|roadmap|evolution|phase\s*[2-9]|post[- ]mvp|long[- ]term|out of scope|migration|transition|enterprise scale|scale[- ]up path)\b/i;

/** The view block as the assertion-status classifier reads it: its type, cells and the kind of its section trail. */
function asBlock(b: ViewBlock): Block {
  let kind: SectionKind | null = null;
  for (const t of b.trail) kind = sectionKind(t, kind);
  const title = b.trail.at(-1) ?? '';
  const section = { title, depth: b.trail.length, line: b.line, endLine: b.endLine, trail: b.trail, kind: kind ?? 'normal', children: [] };
  return { type: b.type, text: b.text, line: b.line, endLine: b.endLine, section, cells: b.cells, header: b.header, lang: b.lang };
}

/**
 * Whether the block commits to `id`, judged by the classifier extraction uses: it names it, and every naming is a
 * selection (a cost delta, an example, a fork's origin or a dev-only tool is named without being chosen).
 */
function choosesTech(b: ViewBlock, id: string): boolean {
  const block = asBlock(b);
  const spans = techSpans(b.text, id);
  return spans.length > 0 && spans.every((h) => isCommitment(assertionStatus(null, block, h.start, h.end)));
}

const finding = (id: string, line: number, params: Record<string, string | number>): Finding => ruleFinding(id, line, params);

const where = (e: Evidence[]) => (e[0] ? `${e[0].file}:${e[0].line}` : 'project inputs');

/** The first block that names `id` as a choice, if any. */
function chosenAt(view: DocumentView, id: string): ViewBlock | undefined {
  return view.blocks.find(
    (b) =>
      b.type !== 'code' &&
      !unchosenOptionRow(b) &&
      !b.trail.some((t) => NON_CHOICE_SECTION.test(t)) &&
      !NOT_A_CHOICE.test(b.search) &&
      !FUTURE_STATEMENT.test(b.search) &&
      choosesTech(b, id),
  );
}

function namedAnywhere(view: DocumentView, id: string): boolean {
  return view.blocks.some((b) => namesTech(b.search, id));
}

const COMMITTED: { key: 'cloudProviders' | 'dataStores' | 'compute' | 'iacTools' | 'ciCd'; label: string }[] = [
  { key: 'cloudProviders', label: 'cloud / platform' },
  { key: 'dataStores', label: 'data store' },
  { key: 'compute', label: 'compute' },
  { key: 'iacTools', label: 'IaC' },
  { key: 'ciCd', label: 'CI/CD' },
];

/** Another technology of the same profile list (and role, when given) that the document chooses, where the inputs committed to one it never names. */
function chosenInstead(view: DocumentView, key: string, committed: Set<string>, role?: string): { id: string; block: ViewBlock } | null {
  for (const t of kb().technologies()) {
    if (t.category !== key || committed.has(t.id) || (role && t.role !== role)) continue;
    const block = chosenAt(view, t.id);
    if (block) return { id: t.id, block };
  }
  return null;
}

export interface Commitment {
  id: string;
  key: (typeof COMMITTED)[number]['key'];
  label: string;
  evidence: Evidence[];
  /** From a must constraint ("the data store must be X"): another technology in the same role replaces it. */
  must: boolean;
}

/** What the inputs commit to: the profile's technology lists, then the subjects of must constraints the lists lack. */
export function commitments(profile: Profile): Commitment[] {
  const out: Commitment[] = [];
  const seen = new Set<string>();
  for (const { key, label } of COMMITTED)
    for (const f of profile[key] as ListFact[])
      if (!seen.has(f.id)) {
        seen.add(f.id);
        out.push({ id: f.id, key, label, evidence: f.evidence, must: false });
      }
  for (const c of profile.constraints) {
    if (c.kind !== 'must') continue;
    for (const id of c.subjects) {
      const slot = COMMITTED.find((x) => x.key === kb().tech(id)?.category);
      if (!slot || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, key: slot.key, label: slot.label, evidence: c.evidence, must: true });
    }
  }
  return out;
}

export function consistencyFindings(view: DocumentView, profile: Profile): Finding[] {
  const out: Finding[] = [];
  const all = commitments(profile);
  const committed = new Set(all.map((c) => c.id));

  // When the inputs both commit to and forbid a technology, that is a conflict among the inputs
  // (reported by `analyze`), not something this document got wrong.
  const contested = new Set(profile.conflicts.flatMap((c) => c.ids));
  const prohibited = new Set<string>();
  for (const c of profile.constraints) {
    if (c.kind !== 'prohibit') continue;
    for (const id of c.subjects) {
      if (prohibited.has(id) || committed.has(id) || contested.has(id)) continue;
      const b = chosenAt(view, id);
      if (b) {
        prohibited.add(id);
        out.push(finding('consistency-prohibited-tech', b.line, { tech: id, source: where(c.evidence) }));
      }
    }
  }

  const rejected = new Set<string>();
  for (const m of profile.mentions) {
    // A technology rejected in one place but committed elsewhere is a conflict of the inputs, not of the document.
    if (m.reason !== 'rejected' || committed.has(m.id) || prohibited.has(m.id) || rejected.has(m.id)) continue;
    const b = chosenAt(view, m.id);
    if (b) {
      rejected.add(m.id);
      out.push(finding('consistency-rejected-tech', b.line, { tech: m.id, source: where(m.evidence) }));
    }
  }

  for (const f of all) {
    if (namedAnywhere(view, f.id)) continue;
    // A must constraint on a store is exclusive within its role: another document database instead of the required one.
    const role = f.must && f.key === 'dataStores' ? kb().tech(f.id)?.role : undefined;
    const instead = (EXCLUSIVE as string[]).includes(f.key) || role ? chosenInstead(view, f.key, committed, role) : null;
    if (instead)
      out.push(
        finding('consistency-contradicts-commitment', instead.block.line, {
          tech: f.id,
          other: instead.id,
          category: f.label,
          source: where(f.evidence),
        }),
      );
    else out.push(finding('consistency-missing-commitment', 1, { tech: f.id, category: f.label, source: where(f.evidence) }));
  }

  for (const f of profile.compliance) {
    if (!namedAnywhere(view, f.id)) {
      const security = view.sections.find((s) => /\b(security|compliance)\b/i.test(s.title));
      out.push(finding('consistency-compliance-ignored', security?.line ?? 1, { regime: f.id, source: where(f.evidence) }));
    }
  }
  return out;
}
