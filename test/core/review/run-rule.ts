// Runs one reviewer rule over a small profile, hand-made model and decisions, for table-driven rule tests.
import { expect } from 'vitest';
import { reviewArchitecture } from '../../../src/core/review/review.js';
import { findRule } from '../../../src/core/review/rules/index.js';
import { placeholders } from '../../../src/core/diagnostics/index.js';
import type { Concern, Decision, InfraModel, Profile } from '../../../src/core/types.js';
import { makeDecisions, makeModel } from '../../helpers/make-model.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

export interface RuleCase {
  profile?: ProfileSpec;
  model?: Partial<InfraModel>;
  choices?: Record<string, string>;
  decisions?: Decision[];
  /** Edits the built profile for facts the spec helper cannot express. */
  decorate?: (p: Profile) => void;
}

export function runRule(ruleId: string, c: RuleCase): Concern[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const decisions = [...makeDecisions(c.choices ?? {}), ...(c.decisions ?? [])];
  const profile = makeProfile(c.profile ?? {});
  c.decorate?.(profile);
  return reviewArchitecture(profile, decisions, makeModel(c.model ?? {}), undefined, [rule]);
}

/** The message ids raised, sorted, for tables that assert what a rule said rather than how. */
export function messageIds(concerns: Concern[]): string[] {
  return concerns.map((c) => c.messageId ?? '').sort();
}

/** The most severe level raised, or 'none'. */
export function worst(concerns: Concern[]): 'red' | 'yellow' | 'green' | 'none' {
  for (const l of ['red', 'yellow', 'green'] as const) if (concerns.some((c) => c.level === l)) return l;
  return 'none';
}

/**
 * What every concern must carry: its synthetic id, a stable subject, evidence, a mitigation, and a message id of the
 * rule's own whose placeholders its data fills (the text is never written by the check itself).
 */
export function expectWellFormed(ruleId: string, concerns: Concern[]): void {
  const templates = findRule(ruleId)!.meta.messages;
  for (const k of concerns) {
    expect(Object.keys(templates), k.id).toContain(k.messageId);
    expect(
      placeholders(templates[k.messageId!]!).filter((name) => !(name in (k.data ?? {}))),
      k.id,
    ).toEqual([]);
    expect(k.id).toBe(`${ruleId}@${k.subject}`);
    expect(k.subject).not.toMatch(/^\d+$|:\d+$/);
    expect(k.evidence.facts.length + k.evidence.model.length, k.id).toBeGreaterThan(0);
    expect(k.mitigation.length).toBeGreaterThan(10);
  }
}
