// Rule: running on several hyperscalers at once with a team sized for one.
import { HYPERSCALERS } from '../../decide/profile-view.js';
import { defineRule, type Finding } from '../rule.js';
import { facts, teamFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'multi-cloud-small-team',
    category: 'operational-complexity',
    title: 'Active multi-cloud for a small team',
    description: 'The architecture operates on two or more hyperscalers at the same time, and the team is small or its size is unknown.',
    why: 'Every cloud doubles the IAM model, networking, billing, monitoring and security baseline to learn and keep patched. Portability that is only needed "one day" costs the whole time.',
    detection:
      'The cloud.strategy decision says multi-cloud, or the model uses two or more hyperscalers. Team of at most 5: yellow (red at 3 or fewer with an active multi-cloud strategy); unknown team: yellow open question.',
    mitigation:
      'Run on one primary cloud and keep portability in the build (containers, open databases, Terraform modules); add a second cloud for a concrete customer or regulator need.',
    falsePositives:
      'The product is installed by customers into their own cloud of choice (the team ships a portable package, it does not operate every cloud).',
    docs: ['https://cloud.google.com/architecture/hybrid-multicloud-patterns'],
    resolvedBy: 'cloud.strategy',
    messages: {
      teamUnknown: 'The architecture operates on {clouds}; the inputs do not say how many people run it.',
      smallTeam: 'The architecture operates on {clouds} with a team of {team}.',
    },
  },
  check(ctx) {
    const strategy = ctx.choice('cloud.strategy') ?? '';
    const clouds = ctx.providers().filter((p) => HYPERSCALERS.includes(p));
    const activeChoice = /multi-?cloud|active/.test(strategy) && !/portab/.test(strategy);
    if (!activeChoice && (strategy || clouds.length < 2)) return [];
    const team = ctx.v.teamSize();
    if (team !== null && team > 5) return [];
    const evidence = {
      facts: facts(
        ctx.decisionFacts('cloud.strategy'),
        ctx.profile.cloudProviders.filter((f) => clouds.includes(f.id)).flatMap((f) => f.evidence.slice(0, 1)),
        teamFacts(ctx),
      ),
      model: clouds,
    };
    const what = `${clouds.length ? clouds.join(', ') : 'several clouds'}`;
    if (team === null)
      return [
        {
          subject: 'cloud.strategy',
          signal: signalOf(null, activeChoice),
          evidence,
          messageId: 'teamUnknown',
          data: { clouds: what },
        },
      ];
    return [
      {
        subject: 'cloud.strategy',
        signal: signalOf(team, activeChoice),
        evidence,
        messageId: 'smallTeam',
        data: { clouds: what, team },
      },
    ];
  },
});

/** The one severity function of this rule: an unknown team is an open question; several clouds chosen on purpose for three or fewer, red. */
function signalOf(team: number | null, activeChoice: boolean): Finding['signal'] {
  if (team === null) return { impact: 2, likelihood: 2, basis: 'missing' };
  return { impact: 3, likelihood: activeChoice && team <= 3 ? 3 : 2, basis: 'stated' };
}
