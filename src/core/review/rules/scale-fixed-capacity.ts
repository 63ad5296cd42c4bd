// Rule: a large stated load on compute that cannot scale out.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'scale-fixed-capacity',
    category: 'resource-constraints',
    title: 'Stated load on fixed-capacity compute',
    description: 'The inputs state a large user base or request rate, and every compute unit in the model has fixed capacity.',
    why: 'Fixed capacity means the peak decides the size (and the bill) or the peak decides the outage. Growth needs a tested way to add capacity before it is needed.',
    detection:
      "At least 50,000 users or 200 requests per second (stated or derived), and every compute unit's scaling model is fixed capacity. Yellow.",
    mitigation:
      'Put the stateless tier behind autoscaling (instance groups, a container service, functions) and load-test the stated peak.',
    falsePositives: 'The users are spread over time and the stated peak fits a single instance with headroom (check with a load test).',
    docs: ['https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/welcome.html'],
    resolvedBy: 'compute.scaling',
    messages: {
      usersOnFixed: 'The inputs state {users} users, and every compute unit has fixed capacity ({units}).',
      requestsOnFixed: 'The inputs state {rps} requests per second, and every compute unit has fixed capacity ({units}).',
    },
  },
  check(ctx) {
    const compute = ctx.model.compute;
    if (!compute.length || !compute.every((c) => c.scalingMode === 'fixed')) return [];
    const users = ctx.v.usersAtLeast(50_000);
    const rps = ctx.v.requestsPerSecond();
    const busy = rps && rps.value >= 200 && !rps.derived ? rps.evidence : null;
    if (!users && !busy) return [];
    return [
      {
        subject: 'compute.scaling',
        signal: { impact: 3, likelihood: 2, basis: 'stated' },
        evidence: { facts: [...(users ?? []), ...(busy ?? [])], model: compute.map((c) => c.id) },
        messageId: users ? 'usersOnFixed' : 'requestsOnFixed',
        data: {
          ...(users ? { users: ctx.v.users()?.value ?? '' } : { rps: Math.round(rps!.value) }),
          units: compute.map((c) => `${c.id}: ${c.scaling}`).join(', '),
        },
      },
    ];
  },
});
