// What fills a security or observability role in the model, held by id; its display name is resolved here, for rendering.
import type { Decision, ModelRef, OperationRole } from '../types.js';
import type { PointId } from '../decide/point-ids.js';
import type { PlatformFamily } from '../knowledge/types.js';
import { POINTS } from '../decide/registry.js';
import { kb } from '../knowledge/active.js';

/** The option a decision chose. */
export const chosenRef = (d: Decision): ModelRef => ({ point: d.id, option: d.choice });

/** What the platform family supplies for a role when no decision names one. */
export const familyRef = (family: PlatformFamily, role: OperationRole): ModelRef => ({ family, role });

/**
 * The display name of a reference: a decision's own title for its choice (it may be a stated technology the
 * catalogue lacks), else the option's title, else the technology's catalogue name, else the family's default.
 */
export function refName(ref: ModelRef, decisions: readonly Decision[] = []): string {
  if ('point' in ref) {
    const d = decisions.find((x) => x.id === ref.point && x.choice === ref.option);
    if (d) return d.choiceTitle;
    const option = POINTS.find((p) => p.meta.id === (ref.point as PointId))?.options.find((o) => o.id === ref.option);
    return option?.title ?? kb().name(ref.option);
  }
  if ('tech' in ref) return kb().name(ref.tech);
  return kb().platformFamily(ref.family as PlatformFamily).operations[ref.role];
}
