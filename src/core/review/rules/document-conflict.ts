// Rule: planning documents that contradict each other on something the architecture depends on.
import { defineRule, type Finding } from '../rule.js';

const WEIGHTY = /cloud|platform|compute|datastore|data|compliance|availability|rto|rpo|region|budget/i;

export default defineRule({
  meta: {
    id: 'document-conflict',
    category: 'technology-constraints',
    title: 'Conflicting planning documents left unresolved',
    description:
      'The documents disagree about a fact (platform, data store, availability, compliance…), or a decision overrode a commitment because a guideline forbids it.',
    why: 'The architecture can only follow one of the versions. If the other was the real intent, the design is built on the wrong premise; the owners of the documents must settle it.',
    detection:
      'One concern per conflicting profile field and per decision that records a guideline conflict. Yellow: the tool picked one side and said so; a person must confirm.',
    mitigation: 'Ask the document owners which statement holds, correct the other document, and re-run.',
    falsePositives: 'One of the statements describes a past or future state (a migration) and the text does not say so clearly.',
    docs: [],
    resolvedBy: null,
    messages: {
      inputsDisagree: '{conflicts}',
      decisionConflict: '{decision}: {conflicts}',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    const byField = new Map<string, typeof ctx.profile.conflicts>();
    for (const c of ctx.profile.conflicts) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
    for (const [field, list] of [...byField.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.push({
        subject: field,
        signal: signalOf(WEIGHTY.test(field)),
        evidence: { facts: list.flatMap((c) => c.evidence), model: [] },
        messageId: 'inputsDisagree',
        data: { conflicts: list.map((c) => c.message).join(' ') },
      });
    }
    for (const d of ctx.decisions.values()) {
      if (!d.conflicts.length) continue;
      out.push({
        subject: d.id,
        signal: signalOf(true),
        evidence: { facts: ctx.decisionFacts(d.id), model: [d.id] },
        messageId: 'decisionConflict',
        data: { decision: d.id, conflicts: d.conflicts.join(' ') },
        mitigation: `Confirm ${d.id} with the owners of the guideline and the document that committed to the other option.`,
      });
    }
    return out;
  },
});

/** The one severity function of this rule: documents that disagree on a weighty field (or a decision caught between them) weigh more. */
function signalOf(weighty: boolean): Finding['signal'] {
  return { impact: weighty ? 3 : 2, likelihood: 2, basis: 'stated' };
}
