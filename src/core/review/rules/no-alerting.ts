// Rule: an availability commitment with nobody told when it is being broken.
import { defineRule, type Finding } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-alerting',
    category: 'operational-overhead',
    title: 'Availability target without alerting',
    description: 'The system has production environments and no alerting is chosen; worse when an availability target is stated.',
    why: 'At 99.9 % the month allows 43 minutes of downtime. Without alerts the team learns about an outage from users, usually after the budget is gone.',
    detection:
      'An observability.alerting decision for none: red with a stated target of 99.9 % or more, yellow with a lower target or none stated.',
    mitigation:
      'Alert on symptoms users feel (error rate, latency, availability probes) against the SLO, route to a person on call, and test the route.',
    falsePositives: 'Alerting lives in a shared platform outside this architecture; say which.',
    docs: ['https://sre.google/workbook/alerting-on-slos/'],
    resolvedBy: 'observability.alerting',
    messages: {
      none: 'No alerting is planned.',
      noneForTarget: 'No alerting is planned for a {target} % availability target.',
    },
  },
  check(ctx) {
    // Without a decision the model holds the platform family's alerting; only a decision for none leaves it out.
    if (!ctx.decisions.has('observability.alerting') || ctx.attrs('observability.alerting').none !== true) return [];
    if (!ctx.operatedEnvironments().length && !ctx.model.compute.length) return [];
    const target = ctx.profile.availabilityTarget;
    const high = !!target && target.value >= 99.9;
    return [
      {
        subject: 'observability.alerting',
        signal: signalOf(high),
        evidence: { facts: [...(target?.evidence ?? []), ...ctx.decisionFacts('observability.alerting')], model: ['observability'] },
        ...(target ? { messageId: 'noneForTarget', data: { target: target.value } } : { messageId: 'none' }),
      },
    ];
  },
});

/** The one severity function of this rule: no alerting under a high availability target is a certain outage risk; otherwise probable rework. */
function signalOf(highTarget: boolean): Finding['signal'] {
  return highTarget ? { impact: 3, likelihood: 3, basis: 'stated' } : { impact: 2, likelihood: 2, basis: 'stated' };
}
