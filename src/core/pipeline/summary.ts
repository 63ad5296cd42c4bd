// The `create --json` summary of DESIGN.md, built from a build result and what was written.
import type { BuildResult } from './build-architecture.js';

export function createSummary(r: BuildResult, documentPath: string): Record<string, unknown> {
  return {
    status: r.status,
    document: documentPath,
    adrs: r.adrs.map((a) => a.path),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      domain: d.domain,
      question: d.question,
      choice: d.choice,
      choiceTitle: d.choiceTitle,
      basis: d.basis,
      options: d.options.map((o) => ({ id: o.id, title: o.title, summary: o.summary, pros: o.pros, cons: o.cons, score: o.score })),
      rationale: d.rationale,
      evidence: d.evidence,
      assumptions: d.assumptions,
      conflicts: d.conflicts,
    })),
    concerns: r.concerns,
    assumptions: r.assumptions,
    openQuestions: r.openQuestions,
  };
}
