// The shape of an advanced elicitation action: a pure analysis over profile, decisions and model.
import type { Decision, DomainId, InfraModel, Profile } from '../types.js';

export type ActionId =
  'alternatives' | 'stress-test' | 'security-compliance' | 'cost-analysis' | 'reliability' | 'integration' | 'migration-paths' | 'finalise';

export interface ActionMeta {
  id: ActionId;
  /** The number the workflow shows (1–8). */
  number: number;
  title: string;
  description: string;
}

/** What an action sees; `model` is null while the model cannot be derived (the action falls back to decisions and facts). */
export interface ActionContext {
  profile: Profile;
  decisions: Decision[];
  model: InfraModel | null;
  domain: DomainId;
}

/** A result a person can keep in the section: JSON-serialisable, deterministic. */
export interface ActionResult {
  action: ActionId;
  domain: DomainId;
  title: string;
  summary: string;
  /** First row is the header. */
  table?: string[][];
  findings: string[];
  /** Figures the result rests on that were not stated in the inputs. */
  assumptions: string[];
}

export interface AdvancedAction {
  meta: ActionMeta;
  run(ctx: ActionContext): ActionResult;
}

export function defineAction(
  meta: ActionMeta,
  run: (ctx: ActionContext) => Omit<ActionResult, 'action' | 'domain' | 'title'>,
): AdvancedAction {
  return {
    meta,
    run: (ctx) => ({ action: meta.id, domain: ctx.domain, title: meta.title, ...run(ctx) }),
  };
}
