// Rule: many separately deployed services for a team too small to own them.
import { defineRule, type Finding } from '../rule.js';
import { facts, teamFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'microservices-small-team',
    category: 'operational-complexity',
    title: 'More deployable services than the team can own',
    description:
      'The architecture is microservices, or the model has several separately deployed compute units, and the team is three people or fewer.',
    why: 'Each service needs its own pipeline, dashboards, alerts, versioning and on-call knowledge. With more services than people, changes span several deployments and incidents cross boundaries nobody fully owns.',
    detection:
      'Stated team of at most 3, and either the architecture style is microservices or the model has at least 4 compute units. Always yellow: it is a cost, not a blocker.',
    mitigation:
      'Deploy as a modular monolith or a few coarse services with one pipeline; split a service out when it has its own scaling need or owner.',
    falsePositives: 'The "services" are functions of one serverless application deployed together by one pipeline.',
    docs: ['https://martinfowler.com/bliki/MonolithFirst.html'],
    resolvedBy: 'compute.runtime',
    messages: {
      microservices: 'A microservices architecture for a team of {team} ({units} compute units in the model).',
      microservicesNoUnits: 'A microservices architecture for a team of {team}.',
      manyUnits: '{units} separately deployed compute units for a team of {team}.',
    },
  },
  check(ctx) {
    const team = ctx.v.teamSize();
    if (team === null || team > 3) return [];
    const style = ctx.v.style('microservices');
    const units = ctx.model.compute.length;
    if (!style && units < 4) return [];
    return [
      {
        subject: 'architecture-style',
        signal: signalOf(!!style, units),
        evidence: { facts: facts(style, teamFacts(ctx)), model: ctx.model.compute.map((c) => c.id) },
        messageId: style ? (units ? 'microservices' : 'microservicesNoUnits') : 'manyUnits',
        data: { team, units },
      },
    ];
  },
});

/** The one severity function of this rule: a stated microservice style with four or more units is certain rework, anything less probable. */
function signalOf(styleStated: boolean, units: number): Finding['signal'] {
  return { impact: 2, likelihood: styleStated && units >= 4 ? 3 : 2, basis: 'stated' };
}
