// Rule: a technology the guidelines require that the architecture does not use.
import type { Decision } from '../../types.js';
import { chosenIds, isKindOf, roleDecision } from '../cross-check/decision-techs.js';
import { defineRule, type Finding } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import { INFRA_IDS } from '../rule-helpers.js';

/** The decision that fills the required technology's role with something else; null when it is used or its role is open. */
function slotTakenBy(ctx: RuleContext, tech: string): Decision | null {
  const decisions = [...ctx.decisions.values()];
  const uses = (d: Decision) => [...chosenIds(d), ...d.alsoCommitted].some((c) => isKindOf(c, tech));
  if (decisions.some(uses)) return null;
  const role = roleDecision(tech, decisions);
  return role && !role.attributes?.none ? role : null;
}

export default defineRule({
  meta: {
    id: 'mandated-tech-missing',
    category: 'technology-constraints',
    title: 'Technology the guidelines require is missing',
    description:
      'A "must use" constraint names a technology that a decision replaced with another option in its role, or an infrastructure technology that neither the model nor any decision uses.',
    why: 'A required platform, tool or service usually reflects an existing contract, skill base or integration. An architecture that ignores it will be sent back.',
    detection:
      'Each must-constraint subject that no decision chooses or carries (nor a kind of it) while the decision in its role chose another option: red. Else each subject that is an infrastructure id and is absent from the model, decision choices and other committed options: yellow (the model does not list every tool, so absence is strong but not certain evidence).',
    mitigation: 'Revise the decision that chose an alternative, or record why the requirement does not apply.',
    falsePositives: 'The technology is used at a level the model does not show (a library, a build tool).',
    docs: [],
    resolvedBy: null,
    messages: {
      requiredUnused: 'The {source} require {tech} ("{statement}"), and the architecture does not use it.',
      slotChoseOther: 'The {source} require {tech} ("{statement}"), but decision {decision} chose {choice} in its role.',
    },
  },
  check(ctx) {
    const used = ctx.techs();
    const committed = new Set(
      [...ctx.profile.cloudProviders, ...ctx.profile.compute, ...ctx.profile.dataStores, ...ctx.profile.iacTools, ...ctx.profile.ciCd].map(
        (f) => f.id,
      ),
    );
    const out: Finding[] = [];
    const seen = new Set<string>();
    // A required technology whose role a decision gave to another option: the stated choice was replaced (red).
    for (const c of ctx.profile.constraints.filter((x) => x.kind === 'must')) {
      for (const s of c.subjects.filter((x) => !seen.has(x))) {
        const taken = slotTakenBy(ctx, s);
        if (!taken) continue;
        seen.add(s);
        out.push({
          subject: s,
          signal: signalOf(c.source, true),
          evidence: { facts: [...c.evidence.slice(0, 1), ...ctx.decisionFacts(taken.id).slice(0, 1)], model: [taken.id] },
          messageId: 'slotChoseOther',
          data: { source: c.source, tech: s, statement: c.text.slice(0, 160), decision: taken.id, choice: taken.choiceTitle },
          mitigation: `Revise ${taken.id} to ${s}, or change the requirement in writing.`,
        });
      }
    }
    for (const c of ctx.profile.constraints.filter((x) => x.kind === 'must')) {
      for (const s of c.subjects.filter((x) => INFRA_IDS.has(x) && !used.has(x) && !committed.has(x) && !seen.has(x))) {
        seen.add(s);
        out.push({
          subject: s,
          signal: signalOf(c.source, false),
          evidence: { facts: c.evidence, model: [] },
          messageId: 'requiredUnused',
          data: { source: c.source, tech: s, statement: c.text.slice(0, 160) },
        });
      }
    }
    return out;
  },
});

/**
 * The one severity function of this rule: a requirement whose role a decision gave to another option is broken for certain
 * (red); a required technology merely absent from the model is strong but not certain evidence (yellow), weightier from
 * the guidelines.
 */
function signalOf(source: string, replaced: boolean): Finding['signal'] {
  if (replaced) return { impact: 4, likelihood: 3, basis: 'stated' };
  return { impact: source === 'guidelines' ? 4 : 3, likelihood: 2, basis: 'stated' };
}
