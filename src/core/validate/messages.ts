// Message ids, templates and rule metadata for findings that are not checklist items.
import type { Severity } from '../checklist/checklist-item.js';
import type { MessageData } from '../diagnostics/index.js';
import type { Finding } from './report.js';

export interface RuleInfo {
  id: string;
  group: string;
  severity: Severity;
  title: string;
  /** Message template: `{name}` placeholders are filled from the finding's parameters. */
  template: string;
  help: string;
}

const rule = (r: RuleInfo) => r;

export const DOCUMENT_RULES: RuleInfo[] = [
  rule({
    id: 'mermaid-syntax-error',
    group: 'mermaid',
    severity: 'error',
    title: 'Mermaid diagram does not parse',
    template: 'Mermaid diagram (from line {fence}) does not parse: {error}',
    help: 'Fix the diagram syntax; check it with the Mermaid live editor or `infra-arch validate`.',
  }),
  rule({
    id: 'mermaid-blocks-skipped',
    group: 'mermaid',
    severity: 'warning',
    title: 'Too many Mermaid blocks to parse',
    template: '{skipped} of {total} Mermaid blocks were not parsed: only the first {limit} are checked',
    help: 'An architecture document needs a handful of diagrams; merge or remove the rest (see docs/limits.md).',
  }),
  rule({
    id: 'doc-raw-html',
    group: 'document',
    severity: 'error',
    title: 'Live raw HTML in the document',
    template: 'raw HTML that runs or loads something once rendered ({what}): "{text}"',
    help: 'Text from the inputs must reach the document escaped: remove the tag, or write it as code (`<img>`).',
  }),
  rule({
    id: 'doc-placeholder',
    group: 'document',
    severity: 'warning',
    title: 'Placeholder left in the document',
    template: 'placeholder left in the document: "{text}"',
    help: 'Replace the placeholder with the real content, or move the open point to an "Open questions" list.',
  }),
  rule({
    id: 'doc-leaked-elicitation',
    group: 'document',
    severity: 'warning',
    title: 'Elicitation menu text leaked into the document',
    template: 'interactive elicitation text leaked into the document: "{text}"',
    help: 'Delete the menu: it belongs to the authoring conversation, not to the architecture.',
  }),
  rule({
    id: 'link-broken-anchor',
    group: 'links',
    severity: 'warning',
    title: 'Link to a heading that does not exist',
    template: 'link to "#{anchor}" matches no heading in this document',
    help: 'Point the link at an existing heading (GitHub anchors are lowercase, punctuation dropped, spaces as hyphens).',
  }),
  rule({
    id: 'link-missing-file',
    group: 'links',
    severity: 'warning',
    title: 'Link to a file that does not exist',
    template: 'link to "{target}" points at a file that does not exist',
    help: 'Create the file or correct the link.',
  }),
  rule({
    id: 'adr-unlisted',
    group: 'links',
    severity: 'warning',
    title: 'ADR reference not in the ADR index',
    template: "{ref} is referenced but the document's ADR index does not list it",
    help: "Add the ADR to the document's ADR list (or fix the number).",
  }),
  rule({
    id: 'adr-file-missing',
    group: 'links',
    severity: 'error',
    title: 'ADR file does not exist',
    template: 'ADR file "{target}" does not exist',
    help: 'Write the ADR file, or correct the path.',
  }),
  rule({
    id: 'consistency-prohibited-tech',
    group: 'consistency',
    severity: 'error',
    title: 'Technology the inputs prohibit',
    template: 'the document uses {tech}, which the inputs prohibit ({source})',
    help: 'Choose an allowed alternative, or record the exception and get the guideline owner to accept it.',
  }),
  rule({
    id: 'consistency-rejected-tech',
    group: 'consistency',
    severity: 'warning',
    title: 'Technology the inputs rejected',
    template: 'the document uses {tech}, which the inputs rejected ({source})',
    help: 'Align with the inputs, or explain in an ADR why the rejected option is now chosen.',
  }),
  rule({
    id: 'consistency-missing-commitment',
    group: 'consistency',
    severity: 'warning',
    title: 'Committed technology not mentioned',
    template: 'the inputs commit to {tech} ({category}) but the document never mentions it ({source})',
    help: 'Cover the committed technology, or record why the infrastructure departs from it.',
  }),
  rule({
    id: 'consistency-contradicts-commitment',
    group: 'consistency',
    severity: 'error',
    title: 'A committed technology replaced',
    template: 'the inputs commit to {tech} ({category}, {source}) but the document chooses {other} instead and never names {tech}',
    help: 'Keep the committed technology, or record in an ADR why the inputs are changed and get their owner to accept it.',
  }),
  rule({
    id: 'consistency-compliance-ignored',
    group: 'consistency',
    severity: 'error',
    title: 'Compliance regime ignored',
    template: 'the inputs name {regime} but the document never addresses it ({source})',
    help: "Map the regime's infrastructure controls (residency, encryption, logging, retention) in the security section.",
  }),
  rule({
    id: 'structure-flattened',
    group: 'document',
    severity: 'warning',
    title: 'Structure too deep or too wide to read as written',
    template: '{what}',
    help: 'Nesting beyond 32 levels (lists, quotes, brackets, emphasis) and tables wider than 64 columns are read as plain text; simplify that part.',
  }),
  rule({
    id: 'checklist-item-missing',
    group: 'checklist',
    severity: 'warning',
    title: 'Checklist item not found',
    template: '{title}: not found. {fix}',
    help: 'See the item documentation.',
  }),
];

const BY_ID = new Map(DOCUMENT_RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

/**
 * A finding of a document rule in the shared message shape: the rule id is the message id, `data` fills its template.
 * `note` adds a clause outside the template (the document is marked final); `severity` overrides the rule's.
 */
export function ruleFinding(id: string, line: number, data: MessageData = {}, over: { severity?: Severity; note?: string } = {}): Finding {
  const r = ruleInfo(id);
  return {
    id,
    messageId: id,
    data,
    severity: over.severity ?? r.severity,
    group: r.group,
    line,
    message: `${formatMessage(id, data)}${over.note ?? ''}`,
  };
}

/** Fills a rule's template; unknown placeholders stay visible so a missing parameter is noticed in tests. */
export function formatMessage(id: string, params: Record<string, string | number>): string {
  return ruleInfo(id).template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
