// The check someone can run per decision: the chosen option's own check, else its point's (both live with the point).
import type { Decision, InfraModel } from '../types.js';
import { findPoint } from '../decide/registry.js';

/** The check for one decision, or null when none applies to its choice. */
export function validationCriterion(d: Decision, m: InfraModel): string | null {
  const point = findPoint(d.id);
  const option = point?.options.find((o) => o.id === d.choice);
  return (option?.check ?? point?.meta.check)?.(d, m) ?? null;
}
