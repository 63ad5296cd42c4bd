// The validator: checklist coverage, Mermaid results, text and link rules, and consistency with a profile.
import { htmlFindings } from './html-rules.js';
import type { Profile } from '../types.js';
import { CHECKLIST } from '../checklist/registry.js';
import { AREAS, AREA_BY_ID } from '../checklist/areas.js';
import type { ChecklistItem } from '../checklist/checklist-item.js';
import { buildDocumentView, type DocumentView } from './document-view.js';
import type { Finding, ItemResult, Report } from './report.js';
import { formatMessage, ruleFinding } from './messages.js';
import { MAX_MERMAID_BLOCKS, mermaidBlocksOf, mermaidFindings, type MermaidCheck } from './mermaid-blocks.js';
import { leakFindings, placeholderFindings } from './text-rules.js';
import { linkFindings } from './link-rules.js';
import { consistencyFindings } from './consistency-rules.js';
import { documentStatus } from './document-status.js';
import { DOMAINS } from '../decide/domains.js';

/** The areas that are infrastructure domains: only those can be declared not applicable to a product. */
const DOMAIN_AREAS = new Set<string>(DOMAINS.map((d) => d.id));

export interface ValidateInput {
  /** Path shown in findings and used to resolve relative links (POSIX separators). */
  path: string;
  text: string;
  /** Parser results for the first `MAX_MERMAID_BLOCKS` of `extractMermaidBlocks(text)`, in order; omitted = not checked. */
  mermaid?: MermaidCheck[];
  /** The project's profile; enables the consistency rules. */
  profile?: Profile;
  /** Files known to exist (resolved like `referencedFiles` returns them); enables file-existence rules. */
  files?: string[];
  /** Items to run; defaults to the whole checklist (tests pass one item at a time). */
  checklist?: readonly ChecklistItem[];
  /** `buildDocumentView(path, text)` when the caller has it already (the document is then parsed once). */
  view?: DocumentView;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Where a missing item should have been: its area's section heading, else the top of the document. */
function expectedLine(view: DocumentView, item: ChecklistItem): number {
  const heading = AREA_BY_ID[item.area].heading;
  return view.sections.find((s) => heading.test(s.title))?.line ?? 1;
}

const NOT_APPLICABLE = /^not applicable\b/i;

/**
 * The line where the item's domain section says the domain does not apply ("Not applicable: the product runs on
 * devices in the field…"): its items are met by that line, not missing. Cross-cutting areas always apply.
 */
function notApplicableAt(view: DocumentView, item: ChecklistItem): number | undefined {
  if (!DOMAIN_AREAS.has(item.area)) return undefined;
  const heading = AREA_BY_ID[item.area].heading;
  for (const s of view.sections) {
    if (s.depth !== 2 || !heading.test(s.title)) continue;
    const first = view.blocks.find((b) => b.line > s.line && b.line <= s.endLine && b.type !== 'heading');
    if (first && NOT_APPLICABLE.test(first.text.trim())) return first.line;
  }
  return undefined;
}

function runChecklist(view: DocumentView, items: readonly ChecklistItem[]): { results: ItemResult[]; findings: Finding[] } {
  const results: ItemResult[] = [];
  const findings: Finding[] = [];
  for (const item of items) {
    let outcome;
    const na = notApplicableAt(view, item);
    try {
      outcome = na === undefined ? item.detect(view) : { passed: true, line: na };
    } catch {
      // A detector bug must not hide the rest of the report; count the item as not found.
      outcome = { passed: false };
    }
    results.push({ id: item.id, area: item.area, passed: outcome.passed, line: outcome.passed ? outcome.line : undefined });
    if (!outcome.passed) {
      const data = { title: item.title, fix: item.docs.fix };
      findings.push({
        id: item.id,
        item: item.id,
        messageId: 'checklist-item-missing',
        data,
        severity: item.severity,
        group: item.area,
        line: outcome.line ?? expectedLine(view, item),
        message: formatMessage('checklist-item-missing', data),
      });
    }
  }
  return { results, findings };
}

/** Validates one document. Pure: all input arrives as arguments. */
export function validateDocument(input: ValidateInput): Report {
  const view = input.view ?? buildDocumentView(input.path, input.text);
  const items = input.checklist ?? CHECKLIST;
  const { results, findings } = runChecklist(view, items);
  const blocks = mermaidBlocksOf(view);
  if (input.mermaid) findings.push(...mermaidFindings(blocks, input.mermaid));
  const final = documentStatus(input.text) === 'final';
  findings.push(
    ...placeholderFindings(view, final),
    ...leakFindings(view, final),
    ...linkFindings(view, input.files),
    ...htmlFindings(view),
  );
  for (const w of view.warnings) {
    findings.push(ruleFinding('structure-flattened', w.line ?? 1, { what: w.message }));
  }
  if (input.profile) findings.push(...consistencyFindings(view, input.profile));

  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const coverage: Report['coverage'] = {};
  for (const area of AREAS) {
    const inArea = results.filter((r) => r.area === area.id);
    if (inArea.length > 0) coverage[area.id] = { passed: inArea.filter((r) => r.passed).length, total: inArea.length };
  }
  const passed = results.filter((r) => r.passed).length;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return {
    path: input.path,
    findings,
    coverage,
    items: results,
    summary: {
      errors,
      warnings: count('warning'),
      infos: count('info'),
      itemsPassed: passed,
      itemsTotal: results.length,
      coveragePercent: results.length ? Math.floor((passed * 100) / results.length) : 100,
      mermaid: {
        blocks: blocks.length,
        checked: Boolean(input.mermaid),
        failed: findings.filter((f) => f.id === 'mermaid-syntax-error').length,
        ...(input.mermaid && blocks.length > MAX_MERMAID_BLOCKS ? { skipped: blocks.length - MAX_MERMAID_BLOCKS } : {}),
      },
      consistencyChecked: Boolean(input.profile),
      ok: errors === 0,
    },
  };
}
