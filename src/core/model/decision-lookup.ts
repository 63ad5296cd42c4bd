// Reads decisions by point id: the choice, its typed attributes, and whether a fact supports it.
import type { PointId } from '../decide/point-ids.js';
import type { OptionAttributes } from '../decide/option-attributes.js';
import type { Decision } from '../types.js';
import { POINTS } from '../decide/registry.js';

export class DecisionLookup {
  private byId: Map<string, Decision>;

  constructor(decisions: Decision[]) {
    this.byId = new Map(decisions.map((d) => [d.id, d]));
  }

  /** Every decision, in the order given. */
  all(): Decision[] {
    return [...this.byId.values()];
  }

  get(id: PointId): Decision | undefined {
    return this.byId.get(id);
  }

  /** The chosen option id, or null when the point did not run. */
  choice(id: PointId): string | null {
    return this.byId.get(id)?.choice ?? null;
  }

  /** The chosen option's typed attributes; empty when the point did not run. */
  attrs(id: PointId): OptionAttributes {
    return this.byId.get(id)?.attributes ?? {};
  }

  /** The chosen option's title, or the fallback. */
  title(id: PointId, fallback: string): string {
    return this.byId.get(id)?.choiceTitle ?? fallback;
  }

  /** True when the point ran and chose to leave the component out. */
  isNone(id: PointId): boolean {
    return this.byId.has(id) && this.attrs(id).none === true;
  }

  /** The choice when it names a component (not "none"), else null. */
  component(id: PointId): string | null {
    const c = this.choice(id);
    return c && !this.isNone(id) ? c : null;
  }

  /** Technology ids the chosen option stands for: its own and those whose commitment also means it (ECS on Fargate covers `fargate`). */
  covers(id: PointId): string[] {
    const c = this.choice(id);
    if (!c || this.isNone(id)) return [];
    const o = POINTS.find((p) => p.meta.id === id)?.options.find((x) => x.id === c);
    return [c, ...(o?.tech ? [o.tech] : []), ...(o?.alsoMatches ?? [])];
  }

  /** True when a fact, a commitment or the user settled the point: a default alone adds no element to the model. */
  supported(id: PointId): boolean {
    const d = this.byId.get(id);
    return !!d && (d.basis !== 'scored' || d.evidence.length > 0);
  }
}
