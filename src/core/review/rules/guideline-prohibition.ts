// Rule: the architecture uses a technology the project's guidelines or assumptions forbid.
import { chosenIds, isKindOf } from '../cross-check/decision-techs.js';
import { defineRule, type Finding } from '../rule.js';

/** The one severity of this rule: a stated prohibition broken by the design is certain and breaks a guideline (red). */
const SIGNAL: Finding['signal'] = { impact: 4, likelihood: 3, basis: 'stated' };

export default defineRule({
  meta: {
    id: 'guideline-prohibition',
    category: 'technology-constraints',
    title: 'Technology the guidelines forbid',
    description:
      "A technology in the model or the decisions is named by a prohibition in the infrastructure guidelines or the PRD's technical assumptions.",
    why: "Guidelines encode decisions already taken elsewhere (licensing, security, vendor strategy). Building against them wastes the work and usually fails the organisation's own review.",
    detection:
      'Every prohibition whose subjects include a technology the architecture uses, or one the technology is a kind of (GKE is Kubernetes): red when the architecture introduced the technology itself (a default or a pick), or when the infrastructure guidelines forbid what another document commits to. A prohibition read from the PRD or architecture that contradicts a commitment in the same inputs is left to document-conflict (yellow), because that is a disagreement between documents, not a violation by the architecture.',
    mitigation:
      'Choose the permitted alternative for the decision that introduced the technology, or get the guideline changed in writing.',
    falsePositives: 'The prohibition was read too broadly (it applies to another system or environment); correct the guideline text.',
    docs: [],
    resolvedBy: null,
    messages: {
      prohibitedUsed: '{tech} is used, but the {source} say: "{statement}".',
      prohibitedChosen: '{tech} is used (decision {decisions}), but the {source} say: "{statement}".',
    },
  },
  check(ctx) {
    const used = ctx.techs();
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const c of ctx.profile.constraints.filter((x) => x.kind === 'prohibit')) {
      for (const refused of c.subjects.filter((x) => !seen.has(x))) {
        // Outside the guidelines, a refusal of what another document commits to is a disagreement between documents.
        const disagreement = (id: string) => c.source !== 'guidelines' && !!ctx.v.committed(id);
        if (disagreement(refused)) continue;
        // A refused technology is broken by itself or by a kind of it ("no Kubernetes" and GKE), as the catalogue says.
        const hits = [...used].filter((u) => isKindOf(u, refused) && !disagreement(u)).sort();
        if (!hits.length) continue;
        seen.add(refused);
        const tech = hits.join(', ');
        const via = [...ctx.decisions.values()]
          .filter((d) => [...chosenIds(d), ...d.alsoCommitted].some((x) => hits.includes(x)))
          .map((d) => d.id);
        out.push({
          subject: refused,
          signal: SIGNAL,
          evidence: { facts: c.evidence, model: [...ctx.elementsUsing(...hits), ...via] },
          messageId: via.length ? 'prohibitedChosen' : 'prohibitedUsed',
          data: { tech, source: c.source, statement: c.text.slice(0, 160), ...(via.length ? { decisions: via.join(', ') } : {}) },
          mitigation: via.length ? `Revise ${via.join(', ')} to a permitted option, or get the guideline changed in writing.` : undefined,
        });
      }
    }
    return out;
  },
});
