// The consistency pass: every must and prohibit constraint, NFR and Technical Assumption gets a verdict against the design.
import type { Decision, Evidence, InfraModel, Profile } from '../../types.js';
import { makeRuleContext } from '../rule-context.js';
import type { Finding, Rule } from '../rule.js';
import { RULES } from '../rules/index.js';
import { ruleApplies } from '../review.js';
import { CHECKS, type StatementKind } from './statement-checks.js';
import { statementsOf, type Statement } from './statements.js';

export interface StatementVerdict {
  source: Statement['source'];
  text: string;
  evidence: Evidence[];
  /** The kind of statement, or `other` when it names nothing a chosen option has. */
  kind: StatementKind | 'other';
  attribute: string | null;
  verdict: 'holds' | 'contradicts' | 'not-checkable';
  /** The concerns that name the contradiction (`rule@subject`), or the open question a `not-checkable` verdict waits on. */
  concerns: string[];
  /** Why it cannot be checked, for a `not-checkable` verdict. */
  reason?: string;
}

/**
 * Judges each statement by the rule the consistency table names for its kind, from that rule's own findings: a
 * contradiction is exactly a concern the review raises, so the verdicts and the concerns cannot disagree.
 */
export function consistencyPass(
  profile: Profile,
  decisions: Decision[],
  model: InfraModel,
  rules: readonly Rule[] = RULES,
): StatementVerdict[] {
  const ctx = makeRuleContext(profile, decisions, model);
  const findings = new Map<string, Finding[] | null>();
  // A rule that does not apply to this product (no DR for a library) judges nothing: null.
  const of = (id: string): Finding[] | null => {
    if (!findings.has(id)) {
      const rule = rules.find((r) => r.meta.id === id);
      findings.set(id, rule && ruleApplies(rule, profile) ? rule.check(ctx) : null);
    }
    return findings.get(id)!;
  };
  const out: StatementVerdict[] = [];
  for (const s of statementsOf(profile)) {
    const base = { source: s.source, text: s.text, evidence: s.evidence.slice(0, 1) };
    const checks = CHECKS.filter((c) => c.reads(s, ctx));
    if (!checks.length)
      out.push({
        ...base,
        kind: 'other',
        attribute: null,
        verdict: 'not-checkable',
        concerns: [],
        reason: 'it names nothing a chosen option has',
      });
    for (const c of checks) {
      const why = c.unjudgeable(s, ctx);
      const owners = c.owners(s, ctx);
      const judged = owners.map((o) => ({ o, fs: of(o.rule) }));
      if (why || judged.every((j) => j.fs === null)) {
        out.push({
          ...base,
          kind: c.kind,
          attribute: c.attribute,
          verdict: 'not-checkable',
          concerns: [],
          reason: why ?? 'it does not apply to this product',
        });
        continue;
      }
      const found = judged.flatMap(({ o, fs }) =>
        (fs ?? []).filter((f) => o.subject(f.subject)).map((f) => ({ f, id: `${o.rule}@${f.subject}` })),
      );
      // A finding that exists because the inputs leave something out (no region chosen yet) is an open question, not a contradiction.
      const stated = found.filter((x) => x.f.signal.basis === 'stated');
      const asked = found.filter((x) => x.f.signal.basis === 'missing');
      if (!stated.length && asked.length) {
        const ids = [...new Set(asked.map((x) => x.id))].sort();
        out.push({
          ...base,
          kind: c.kind,
          attribute: c.attribute,
          verdict: 'not-checkable',
          concerns: ids,
          reason: `the inputs leave out what it needs (${ids.join(', ')} asks)`,
        });
        continue;
      }
      out.push({
        ...base,
        kind: c.kind,
        attribute: c.attribute,
        verdict: stated.length ? 'contradicts' : 'holds',
        concerns: [...new Set(stated.map((x) => x.id))].sort(),
      });
    }
  }
  return out;
}

/** Verdict counts, for the one line the document and the review print. */
export function verdictCounts(vs: readonly StatementVerdict[]): Record<StatementVerdict['verdict'], number> {
  const out = { holds: 0, contradicts: 0, 'not-checkable': 0 };
  for (const v of vs) out[v.verdict]++;
  return out;
}
