// The validation report: findings with lines, per-area coverage and per-item results.
import type { AreaId, Severity } from '../checklist/checklist-item.js';
import type { MessageData } from '../diagnostics/index.js';

export type { Severity } from '../checklist/checklist-item.js';

export interface Finding {
  /** Rule id: a checklist item id (`ckl-...`) or a document rule id (`mermaid-syntax-error`, ...). */
  id: string;
  severity: Severity;
  /** Stable id of the message (the document rule's id, or `checklist-item-missing`); tests assert it, never the wording. */
  messageId: string;
  /** The values the message template was filled from. */
  data: MessageData;
  message: string;
  /** 1-based line in the checked document. */
  line: number;
  /** The checklist item, when the finding is a failed item. */
  item?: string;
  /** Grouping for the text report: a checklist area or a document-rule group. */
  group: string;
}

export interface ItemResult {
  id: string;
  area: AreaId;
  passed: boolean;
  line?: number;
}

export interface Report {
  path: string;
  findings: Finding[];
  coverage: Record<string, { passed: number; total: number }>;
  items: ItemResult[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    itemsPassed: number;
    itemsTotal: number;
    /** Percentage of checklist items found, rounded down. */
    coveragePercent: number;
    /** `skipped`: blocks past the parse limit (docs/limits.md), present only when some were. */
    mermaid: { blocks: number; checked: boolean; failed: number; skipped?: number };
    /** Whether a project profile was used for consistency checks. */
    consistencyChecked: boolean;
    ok: boolean;
  };
}

/** ESLint's --max-warnings: a sentence saying the limit was passed, or null (also when there is no limit). */
export function exceedsMaxWarnings(report: Report, max: number | undefined): string | null {
  if (max === undefined || report.summary.warnings <= max) return null;
  return `too many warnings: ${report.summary.warnings}, at most ${max} allowed (--max-warnings)`;
}
