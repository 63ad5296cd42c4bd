// Runs the feasibility reviewer rules over profile, decisions and model, and turns findings into tracked concerns.
import type { Concern, Decision, InfraModel, Profile } from '../types.js';
import { notApplicableReason } from '../decide/applicability.js';
import { findPoint } from '../decide/registry.js';
import { formatMessage } from '../diagnostics/index.js';
import { CATEGORY_ORDER, type Finding, type Rule } from './rule.js';
import { makeRuleContext } from './rule-context.js';
import { RULES } from './rules/index.js';
import { severity } from './severity.js';
import { applyTracking, type ConcernTracking } from './tracking-match.js';

export type { ConcernTracking } from './tracking-match.js';

const LEVEL_ORDER = { red: 0, yellow: 1, green: 2 } as const;

/** Orders concerns by category, then red first, then id, so output is the same on every run. */
export function sortConcerns(concerns: Concern[]): Concern[] {
  return [...concerns].sort(
    (a, b) =>
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function reviewArchitecture(
  profile: Profile,
  decisions: Decision[],
  model: InfraModel,
  tracking?: ConcernTracking,
  rules: readonly Rule[] = RULES,
): Concern[] {
  const ctx = makeRuleContext(profile, decisions, model);
  const byId = new Map<string, Concern>();
  for (const rule of rules) {
    if (!ruleApplies(rule, profile)) continue;
    for (const f of rule.check(ctx)) {
      const id = `${rule.meta.id}@${f.subject}`;
      const level = severity(f.signal);
      const prev = byId.get(id);
      // One concern per id: a rule that finds the same subject twice keeps the most severe finding.
      if (prev && LEVEL_ORDER[prev.level] <= LEVEL_ORDER[level]) continue;
      byId.set(id, {
        id,
        rule: rule.meta.id,
        subject: f.subject,
        category: rule.meta.category,
        level,
        title: rule.meta.title,
        message: messageOf(rule, f),
        messageId: f.messageId,
        data: { ...(f.data ?? {}) },
        status: 'open',
        evidence: { facts: dedupeFacts(f.evidence.facts), model: [...new Set(f.evidence.model)].sort() },
        mitigation: f.mitigation ?? rule.meta.mitigation,
        resolvedBy: rule.meta.resolvedBy,
      });
    }
  }
  return sortConcerns(applyTracking([...byId.values()], tracking));
}

/** The finding's text: its message id's template filled from its data. */
function messageOf(rule: Rule, f: Finding): string {
  return formatMessage(rule.meta.messages, { messageId: f.messageId, data: f.data ?? {} });
}

/** A rule whose remedy is a decision that does not apply to this product (no DR for a library) raises nothing. */
export function ruleApplies(rule: Rule, profile: Profile): boolean {
  const point = rule.meta.resolvedBy ? findPoint(rule.meta.resolvedBy) : undefined;
  return !point || notApplicableReason(point, profile) === null;
}

function dedupeFacts(facts: Concern['evidence']['facts']): Concern['evidence']['facts'] {
  const seen = new Set<string>();
  return facts
    .filter((e) => {
      const k = `${e.file}:${e.line}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, 6);
}

/** The run stays blocked while a red concern is open. */
export function isBlocked(concerns: Concern[]): boolean {
  return concerns.some((c) => c.level === 'red' && c.status === 'open');
}

export function countByLevel(concerns: Concern[]): Record<'red' | 'yellow' | 'green', number> {
  const out = { red: 0, yellow: 0, green: 0 };
  for (const c of concerns) out[c.level]++;
  return out;
}
