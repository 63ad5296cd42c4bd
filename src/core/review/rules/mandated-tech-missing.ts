// Rule: a technology the guidelines require that the architecture does not use.
import { defineRule, type Finding } from '../rule.js';
import { INFRA_IDS } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'mandated-tech-missing',
    category: 'technology-constraints',
    title: 'Technology the guidelines require is missing',
    description: 'A "must use" constraint names an infrastructure technology that neither the model nor any decision uses.',
    why: 'A required platform, tool or service usually reflects an existing contract, skill base or integration. An architecture that ignores it will be sent back.',
    detection:
      'Each must-constraint subject that is an infrastructure id and is absent from the model, decision choices and other committed options. Yellow (the model does not list every tool, so absence is strong but not certain evidence).',
    mitigation: 'Revise the decision that chose an alternative, or record why the requirement does not apply.',
    falsePositives: 'The technology is used at a level the model does not show (a library, a build tool).',
    docs: [],
    resolvedBy: null,
    messages: {
      requiredUnused: 'The {source} require {tech} ("{statement}"), and the architecture does not use it.',
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
    for (const c of ctx.profile.constraints.filter((x) => x.kind === 'must')) {
      for (const s of c.subjects.filter((x) => INFRA_IDS.has(x) && !used.has(x) && !committed.has(x) && !seen.has(x))) {
        seen.add(s);
        out.push({
          subject: s,
          signal: { impact: c.source === 'guidelines' ? 4 : 3, likelihood: 2, basis: 'stated' },
          evidence: { facts: c.evidence, model: [] },
          messageId: 'requiredUnused',
          data: { source: c.source, tech: s, statement: c.text.slice(0, 160) },
        });
      }
    }
    return out;
  },
});
