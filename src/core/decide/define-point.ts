// The shape of a decision point and its options: knowledge as data, conditions as small predicates.
import type { CostClass, Decision, DomainId, InfraModel, Priority, UserInput } from '../types.js';
import type { Hit, ProfileView } from './profile-view.js';
import type { OptionAttributes } from './option-attributes.js';
import type { PointId } from './point-ids.js';
import type { StatedSlot } from './stated-choice.js';
import { kb } from '../knowledge/active.js';
import { bindOwnPlatform, type ProviderNeed } from './own-platform.js';

/** What a predicate sees: the profile, the decisions already made, and what the user said. */
export interface DecideContext {
  v: ProfileView;
  /** Option id chosen for an earlier decision point, or null when not decided (yet). */
  chosen(pointId: PointId): string | null;
  decisions: ReadonlyMap<string, Decision>;
  user: UserInput;
  /** The point whose options name a technology id, when one does (stated technologies of another role are not this point's). */
  ownerOf?: (techId: string) => PointId | undefined;
}

/** A scoring signal: when it holds, the option gains (or loses) weight, for the stated reason. */
export interface Signal {
  when: (c: DecideContext) => Hit | boolean;
  weight: number;
  because: string;
}

/** A check someone can run that shows the decision was carried out; null when none applies to this choice. */
export type CheckRule = (d: Decision, m: InfraModel) => string | null;

/** Kinds of requirement a point answers, for the traceability table (traceability.ts). */
export type TraceCategory =
  'availability' | 'recovery' | 'performance' | 'scalability' | 'security' | 'compliance' | 'cost' | 'operability' | 'region' | 'team';

/** The model element a point's chosen component becomes (derive-components.ts). */
export type ModelContribution = 'data-store' | 'external-service';

export interface OptionDef {
  id: string;
  title: string;
  summary: string;
  pros: string[];
  cons: string[];
  /** Canonical technology id this option is, when it is one (commitments in the inputs match on it). */
  tech?: string;
  /** Other ids whose commitment also means this option (e.g. `eks` for a Kubernetes option). */
  alsoMatches?: string[];
  /** Version to pin in the handoff, where it matters. */
  version?: string;
  costClass: CostClass;
  /** 1 (trivial to run) … 5 (needs a platform team). */
  complexity: number;
  skills: string[];
  /** How well the option does on each user priority, -2 … +2. */
  leans?: Partial<Record<Priority, number>>;
  /** A hard constraint: returns the reason the option cannot be used here, or null. */
  rejectIf?: (c: DecideContext) => string | null;
  /**
   * The option is its provider's own service (the provider read from its catalogue record): rejected unless that
   * provider is in scope (`in-scope`) or one of the system's platforms (`on-platform`); checked before `rejectIf`.
   */
  needsProvider?: ProviderNeed;
  fits: Signal[];
  /** Custom commitment test, when matching `tech`/`alsoMatches` against the profile is not enough. */
  committedWhen?: (c: DecideContext) => Hit;
  /** What choosing it means, typed, for the model, the consistency pass and the review. */
  attrs?: OptionAttributes;
  /** The validation check when this option is chosen; overrides the point's `check`. */
  check?: CheckRule;
}

export interface PointMeta {
  id: PointId;
  domain: DomainId;
  title: string;
  question: string;
  /** Why the decision matters, for `explain` and the document. */
  docs: string;
  /** Default text for the [ASSUMPTION] entry when no fact decided the point. */
  assumption: string;
  /** Key decisions get an ADR. */
  adr?: boolean;
  /**
   * The fact that makes the point's component needed (a broker, a cache, a worker). When it does not hold and
   * nothing is committed, the option whose attributes say `none` is chosen: the model draws nothing without a fact.
   */
  needs?: { what: string; when: (c: DecideContext) => Hit | boolean };
  /** Where the point applies (applicability.ts): `service` (default) for a system the team runs, `any` for every product, `release` for products shipped to users. */
  scope?: 'service' | 'any' | 'release';
  /** Where the inputs state this point's technology; a stated one outside the options is kept (stated-choice.ts). */
  stated?: StatedSlot;
  /** The requirement kinds this point answers: a requirement of that kind traces to it. */
  traces?: TraceCategory[];
  /** The model element its chosen component becomes, when choosing it adds one. */
  contributes?: ModelContribution;
  /** The validation check for the chosen option, unless the option has its own. */
  check?: CheckRule;
}

export interface DecisionPoint {
  meta: PointMeta;
  options: OptionDef[];
}

/** Identity helper that checks the shape at compile time and the invariants at load time. */
export function definePoint(point: DecisionPoint): DecisionPoint {
  const ids = new Set<string>();
  for (const o of point.options) {
    if (ids.has(o.id)) throw new Error(`${point.meta.id}: duplicate option ${o.id}`);
    ids.add(o.id);
  }
  if (point.options.length < 3) throw new Error(`${point.meta.id}: needs at least three options`);
  // An option whose id is a catalogue record is that technology, unless it states another or its own commitment rule.
  const options = point.options.map((o) => (o.tech || o.committedWhen || !kb().tech(o.id) ? o : { ...o, tech: o.id })).map(bindOwnPlatform);
  return { ...point, options };
}
