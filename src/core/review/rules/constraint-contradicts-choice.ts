// Rule: a must or prohibit constraint or an NFR refuses a kind of thing (cloud, public exposure, lock-in, new tools) a choice is.
import { negativeConstraints, type NegativeConstraint } from '../cross-check/negative-statement.js';
import { REFUSAL, refusalOffenders } from '../cross-check/refusal-offenders.js';
import type { Decision, Evidence } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';

const cite = (e: readonly { file: string; line: number }[]) => (e[0] ? `${e[0].file}:${e[0].line}` : 'the inputs');
const names = (ds: readonly Decision[]) => ds.map((d) => `${d.id} (${d.choiceTitle})`).join(', ');

/** A stated refusal broken by the design is certain and breaks what someone wrote down as non-negotiable. */
const BROKEN: Finding['signal'] = { impact: 4, likelihood: 3, basis: 'stated' };

const WAYS_OUT: Record<NegativeConstraint, string> = {
  'no-cloud': 'run the named components on the operator’s own machines (self-hosted or embedded options)',
  'localhost-only': 'drop the public edge and serve on the loopback interface, or scope the statement to the admin interface',
  'no-new-technology': 'pick options the team already runs, or record each new technology as an accepted exception',
  'no-lock-in': 'pick portable engines (PostgreSQL, containers, open-source brokers) behind the same role',
};

export default defineRule({
  meta: {
    id: 'constraint-contradicts-choice',
    category: 'technology-constraints',
    title: 'A choice the stated constraints refuse',
    description:
      'A must or prohibit constraint, a non-functional requirement or a Technical Assumption refuses a kind of thing rather than a product (no cloud dependency, on-premises only, localhost only, no new technologies, no vendor lock-in), and a chosen option is that kind of thing by its typed attributes and catalogue kind.',
    why: 'A design that quietly breaks a non-negotiable statement fails its first review by whoever wrote the statement. When the inputs themselves commit to the offending technology, the inputs contradict each other and only their authors can say which gives way.',
    detection:
      'The statement’s words name the refusal; each decision’s chosen option is judged by its hosting attribute and the catalogue kind of its technology (hyperscaler, PaaS, managed service, SaaS), its role (CDN, gateway, static host), whether the inputs name it, and whether its engine is open source. Build, release and collaboration tooling is not a run-time cloud dependency.',
    mitigation: 'Relax or scope the statement, change the choice, or accept the risk in writing.',
    falsePositives:
      'The statement covers one part of the system (the admin console, the device) and the offending choice serves another; record the scope.',
    docs: ['https://www.thoughtworks.com/radar/techniques/lightweight-architecture-decision-records'],
    resolvedBy: null,
    messages: {
      inputsDisagree: 'The inputs state "{statement}" ({statementAt}) and also commit to {choices}, each {refusal}; both cannot hold.',
      choiceBreaks: 'The inputs state "{statement}" ({statementAt}), but the design chooses {choices}, each {refusal}.',
    },
  },
  check(ctx) {
    const decisions = [...ctx.decisions.values()];
    const statements = [
      ...ctx.profile.constraints.filter((c) => c.kind === 'must' || c.kind === 'prohibit'),
      ...ctx.profile.nfrs,
      // A Technical Assumption that refuses a kind of thing is a constraint too ("no cloud dependency", "localhost only").
      ...ctx.profile.technicalAssumptions,
    ];
    const seen = new Set<NegativeConstraint>();
    const out: Finding[] = [];
    for (const s of statements)
      for (const kind of negativeConstraints(s.text)) {
        if (seen.has(kind)) continue;
        seen.add(kind);
        const bad = refusalOffenders(kind, decisions, ctx.profile);
        if (!bad.length) continue;
        // Committed offenders are the inputs' own words: name them apart from what the tool chose.
        const stated = bad.filter((d) => d.basis === 'committed');
        const shown = (stated.length ? stated : bad).slice(0, 4);
        const facts: Evidence[] = [...s.evidence.slice(0, 1), ...shown.flatMap((d) => ctx.decisionFacts(d.id).slice(0, 1))];
        out.push({
          subject: kind,
          signal: BROKEN,
          evidence: { facts, model: shown.map((d) => d.id) },
          messageId: stated.length ? 'inputsDisagree' : 'choiceBreaks',
          data: { statement: s.text.slice(0, 160), statementAt: cite(s.evidence), choices: names(shown), refusal: REFUSAL[kind] },
          mitigation: `Relax or scope "${s.text.slice(0, 80)}", or ${WAYS_OUT[kind]} for ${shown.map((d) => d.id).join(', ')}, or accept the risk in writing.`,
        });
      }
    return out;
  },
});
