// Reads decisions by point id, with the fallbacks the model needs while points are missing.
import type { Decision } from '../types.js';

/** Choices that mean "do not add this component". */
const NONE = /^(none|no-|not-needed|skip|defer|deferred|not-applicable|n-a)/;

export class DecisionLookup {
  private byId: Map<string, Decision>;

  constructor(decisions: Decision[]) {
    this.byId = new Map(decisions.map((d) => [d.id, d]));
  }

  get(id: string): Decision | undefined {
    return this.byId.get(id);
  }

  /** The chosen option id, or null when the point did not run. */
  choice(id: string): string | null {
    return this.byId.get(id)?.choice ?? null;
  }

  /** The chosen option's title, or the fallback. */
  title(id: string, fallback: string): string {
    return this.byId.get(id)?.choiceTitle ?? fallback;
  }

  /** True when the point ran and chose to leave the component out. */
  isNone(id: string): boolean {
    const c = this.choice(id);
    return c !== null && NONE.test(c);
  }

  /** The choice when it names a component (not "none"), else null. */
  component(id: string): string | null {
    const c = this.choice(id);
    return c && !NONE.test(c) ? c : null;
  }

  /** Whether the choice id contains any of the words (option ids are kebab-case phrases). */
  says(id: string, ...words: string[]): boolean {
    const c = this.choice(id);
    return !!c && words.some((w) => c.split('-').includes(w) || c === w);
  }
}
