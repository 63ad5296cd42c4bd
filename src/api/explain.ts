// `explain` as a library call: the documentation of a decision point, option, review rule or checklist item.
import { runExplain } from '../app/explain.js';
import { EXPLAINERS } from '../app/explainers.js';
import { ruleExplainer } from '../app/review.js';

/** The text `infra-arch explain <id>` prints, or null for an unknown id; with no id, the list of every id. */
export function explain(id?: string): string | null {
  const r = runExplain(id, [ruleExplainer, ...EXPLAINERS]);
  return r.exitCode === 0 ? r.stdout : null;
}
