// The shape of a reviewer rule: metadata as data, and a check that returns findings for the severity function.
import type { Evidence, ReviewCategory } from '../types.js';
import type { RuleContext } from './rule-context.js';
import type { PointId } from '../decide/point-ids.js';
import type { SeverityInputs } from './severity.js';
import type { MessageData, MessageTemplates } from '../diagnostics/index.js';

export interface RuleMeta {
  /** Kebab-case, stable: it is half of every concern id and the key people write in concerns.yaml. */
  id: string;
  category: ReviewCategory;
  title: string;
  /** What the rule checks, in a sentence or two. */
  description: string;
  /** Why a platform reviewer cares. */
  why: string;
  /** The detection logic in words (the code in `check` is the precise form). */
  detection: string;
  mitigation: string;
  /** When the rule fires but the risk is not real, so people know when `false-positive` is the right answer. */
  falsePositives: string;
  /** Where to read more: standards, provider documentation. */
  docs: string[];
  /** The decision point whose revision removes the cause, or null when no single decision does. */
  resolvedBy: PointId | null;
  /** The wording of each message id the rule's findings use (ESLint style: findings carry ids and data, not text). */
  messages: MessageTemplates;
}

export interface Finding {
  /** A stable id of what the concern is about: a model element, technology or decision id, never a line or a hash. */
  subject: string;
  signal: SeverityInputs;
  evidence: { facts: Evidence[]; model: string[] };
  /** One of the rule's `meta.messages` ids; the concern's text is that template filled from `data`. */
  messageId: string;
  data?: MessageData;
  /** Overrides the rule's generic mitigation when the finding knows better. */
  mitigation?: string;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

export const CATEGORY_ORDER: ReviewCategory[] = [
  'operational-complexity',
  'resource-constraints',
  'security-implementation',
  'operational-overhead',
  'technology-constraints',
];

export const CATEGORY_TITLES: Record<ReviewCategory, string> = {
  'operational-complexity': 'Operational complexity',
  'resource-constraints': 'Resource constraints',
  'security-implementation': 'Security implementation',
  'operational-overhead': 'Operational overhead',
  'technology-constraints': 'Technology constraints',
};

/** Identity helper that checks the invariants of a rule when the registry loads. */
export function defineRule(rule: Rule): Rule {
  const m = rule.meta;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id)) throw new Error(`rule id ${m.id} is not kebab-case`);
  if (!CATEGORY_ORDER.includes(m.category)) throw new Error(`${m.id}: unknown category ${m.category}`);
  if (!Object.keys(m.messages).length) throw new Error(`${m.id}: needs at least one message template`);
  for (const [id, text] of Object.entries(m.messages))
    if (!/^[a-z][a-zA-Z0-9]*$/.test(id) || !text.trim()) throw new Error(`${m.id}: message ${id} needs a camelCase id and a template`);
  return rule;
}
