// Rule: the stated availability target is beyond what the chosen topology can sustain.
import { defineRule, type Finding } from '../rule.js';
import { allowedDowntime, availabilityCeiling, statedCeiling } from '../knowledge/topology.js';

export default defineRule({
  meta: {
    id: 'availability-unreachable',
    category: 'resource-constraints',
    title: 'Availability target beyond the topology',
    description:
      'The stated availability target allows less downtime than the chosen topology can deliver (single server, single region, single database instance, PaaS SLA).',
    why: 'Each nine cuts allowed downtime by ten: 99.9 % is 43 minutes a month, 99.99 % is 4. One region or one database instance cannot absorb a zone or host failure in 4 minutes; promising it sets up a breached SLA on day one.',
    detection:
      "Downtime the topology's ceiling allows divided by downtime the target allows: 5 or more (a full step of nines, such as 99.99 % on one region or 99.9 % on one server) is red, above 1 is yellow.",
    mitigation:
      'Either lower the target to what the topology gives (and say so in the SLA), or buy the topology the target needs: replicas across zones, a managed multi-AZ database, a warm standby region.',
    falsePositives:
      'The target is for a component that is itself managed by a provider with a higher SLA (a CDN-served static site), or it is an aspiration, not a commitment.',
    docs: [
      'https://sre.google/sre-book/availability-table/',
      'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/availability.html',
    ],
    resolvedBy: 'cloud.region-strategy',
    messages: {
      beyondTopology:
        'The target is {target} % ({downtime} min of downtime a month); the topology sustains about {ceiling} % because {because}.',
    },
  },
  check(ctx) {
    const target = ctx.profile.availabilityTarget;
    if (!target) return [];
    // One region, zone or machine stated beside a target beyond it: statements-cannot-hold names both statements instead.
    const stated = statedCeiling(ctx.v);
    if (stated && target.value > stated.percent) return [];
    const ceiling = availabilityCeiling(ctx);
    if (target.value <= ceiling.percent) return [];
    const ratio = allowedDowntime(ceiling.percent) / allowedDowntime(target.value);
    const red = ratio >= 5 - 1e-9;
    return [
      {
        subject: 'availability-target',
        signal: signalOf(red),
        evidence: { facts: target.evidence, model: ceiling.elements },
        messageId: 'beyondTopology',
        data: {
          target: target.value,
          downtime: allowedDowntime(target.value).toFixed(0),
          ceiling: ceiling.percent,
          because: ceiling.because,
        },
      },
    ];
  },
});

/** The one severity function of this rule: a target the stated topology cannot reach breaks a stated requirement (red); else rework (yellow). */
function signalOf(beyondStated: boolean): Finding['signal'] {
  return beyondStated ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 2, likelihood: 3, basis: 'stated' };
}
