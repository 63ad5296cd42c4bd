// The shape of a checklist item: what a reviewer looks for, how it is detected, and why it matters.
import type { DomainId } from '../types.js';
import type { DocumentView } from '../validate/document-view.js';

export type Severity = 'error' | 'warning' | 'info';

/** The twelve infrastructure domains plus the document's cross-cutting parts. */
export type AreaId = DomainId | 'requirements' | 'feasibility' | 'diagrams' | 'handoff' | 'bmad' | 'final-review';

/** What a detector concluded; `line` points at the evidence when it passed. */
export interface Outcome {
  passed: boolean;
  line?: number;
}

export type Detector = (view: DocumentView) => Outcome;

export interface ChecklistItem {
  id: string;
  area: AreaId;
  title: string;
  /** What the document must contain, in one sentence. */
  description: string;
  severity: Severity;
  /** Human summary of the detection, shown by `explain` and in SARIF help. */
  detects: string;
  detect: Detector;
  docs: { why: string; fix: string };
}

/** Shorthand used by the item files. */
export function item(def: ChecklistItem): ChecklistItem {
  return def;
}
