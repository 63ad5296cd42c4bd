// Rule: more long-lived environments than a small team can keep in step.
import { defineRule } from '../rule.js';
import { teamFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'environment-sprawl',
    category: 'operational-overhead',
    title: 'More environments than the team can keep in step',
    description: 'Four or more long-lived operated environments for a team of three or fewer.',
    why: 'Every environment needs patching, data, secrets, cost and someone to notice when it breaks. Unused environments drift and quietly cost money.',
    detection: 'At least 4 operated (non-local, non-preview) environments and a stated team of at most 3. Yellow.',
    mitigation: 'Keep development, staging and production; replace the rest with short-lived preview environments per pull request.',
    falsePositives: 'Some environments are customer-owned installations the team does not operate.',
    docs: ['https://12factor.net/dev-prod-parity'],
    resolvedBy: 'environments.layout',
    messages: {
      tooMany: '{count} long-lived environments ({environments}) for a team of {team}.',
    },
  },
  check(ctx) {
    const team = ctx.v.teamSize();
    const envs = ctx.operatedEnvironments().filter((e) => !/preview|ephemeral|pr-/i.test(`${e.id} ${e.name}`));
    if (team === null || team > 3 || envs.length < 4) return [];
    return [
      {
        subject: 'environments.layout',
        signal: { impact: 2, likelihood: 3, basis: 'stated' },
        evidence: { facts: [...teamFacts(ctx), ...ctx.decisionFacts('environments.layout')], model: envs.map((e) => e.id) },
        messageId: 'tooMany',
        data: { count: envs.length, environments: envs.map((e) => e.id).join(', '), team },
      },
    ];
  },
});
