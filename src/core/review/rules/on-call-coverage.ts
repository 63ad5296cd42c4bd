// Rule: an availability target that needs round-the-clock response from a team of one or two.
import { defineRule, type Finding } from '../rule.js';
import { teamFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'on-call-coverage',
    category: 'operational-overhead',
    title: 'Availability target beyond what the team can cover on call',
    description: 'A high availability target is stated and the team is one or two people.',
    why: 'A 99.9 % month allows 43 minutes of downtime, which an incident at 3 a.m. exhausts before anyone wakes. Sustainable on-call needs a rotation of several people; one or two burn out or miss pages.',
    detection: 'Stated availability of at least 99.9 % and a stated team of at most 2: yellow; at 99.99 % or more: red.',
    mitigation:
      'Lean on managed services with provider-run on-call, state support hours in the SLA (business-hours response), or agree an external on-call arrangement.',
    falsePositives: 'Another team (operations, a managed-service provider) carries on-call for this system.',
    docs: ['https://sre.google/sre-book/being-on-call/'],
    resolvedBy: 'collaboration.support-model',
    messages: {
      roundTheClock: 'A {target} % target with a team of {team}: round-the-clock response is not sustainable.',
    },
  },
  check(ctx) {
    const target = ctx.profile.availabilityTarget;
    const team = ctx.v.teamSize();
    if (!target || team === null || target.value < 99.9 || team > 2) return [];
    return [
      {
        subject: 'collaboration.support-model',
        signal: signalOf(target.value),
        evidence: { facts: [...target.evidence, ...teamFacts(ctx)], model: [] },
        messageId: 'roundTheClock',
        data: { target: target.value, team },
      },
    ];
  },
});

/** The one severity function of this rule: at four nines round-the-clock cover is certain to be needed, below it probable. */
function signalOf(targetPercent: number): Finding['signal'] {
  return { impact: 3, likelihood: targetPercent >= 99.99 ? 3 : 2, basis: 'stated' };
}
