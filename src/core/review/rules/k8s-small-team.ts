// Rule: Kubernetes operated by a team too small, or too unskilled, to run a cluster safely.
import { defineRule, type Finding } from '../rule.js';
import { facts, k8sIds, teamFacts, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'k8s-small-team',
    category: 'operational-complexity',
    title: 'Kubernetes for a team without the people or skills to run it',
    description: 'The architecture runs workloads on Kubernetes (managed or not) while the team is small or states no Kubernetes skills.',
    why: 'A cluster brings upgrades every few months, node pools, ingress, network policies, RBAC and add-ons to patch. A team of one to three without platform experience spends its time on the cluster instead of the product, and outages come from the platform layer.',
    detection:
      'A Kubernetes runtime (kubernetes, EKS, AKS, GKE, OpenShift, k3s) the team operates, and a stated team of one or two without stated Kubernetes skills (red), of three (red when skills are stated and none is Kubernetes or the cluster is self-run, else yellow), or of 4–6 with skills stated and none Kubernetes (yellow). A stated lack ("no Kubernetes experience") is red for a team of six or fewer or of unknown size, yellow above. Unknown team size otherwise: a yellow open question. A chart shipped for customers’ clusters raises nothing.',
    mitigation:
      'Prefer a managed container service without a cluster to run (Cloud Run, ECS Fargate, Container Apps, App Runner, a PaaS), or name who owns the cluster and budget training or a managed Kubernetes support plan.',
    falsePositives:
      'The product itself targets Kubernetes (an operator, a Helm chart for customers) and the team is experienced with it but did not write that down; or a platform team elsewhere runs the cluster.',
    docs: [
      'https://kubernetes.io/releases/version-skew-policy/',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/choose-cluster-mode',
    ],
    resolvedBy: 'compute.runtime',
    messages: {
      teamUnknown: 'The architecture runs on {what}, but the inputs do not say how many people operate it or whether they know Kubernetes.',
      skillsLackKubernetes: '{what} for a team of {team} whose stated skills do not include Kubernetes.',
      noStatedExperience: '{what} for a team of {team} with no stated Kubernetes experience.',
      statedLackKubernetes: '{what} for a team that states it has no Kubernetes experience.',
    },
  },
  check(ctx) {
    // The inputs must commit to an orchestrator (GKE in the stack, drawn as a Kubernetes runtime): a mention ('ECS or EKS
    // later', 'AWS ECS/EKS' left open) or the tool's own pick is not the team's plan.
    const committed = k8sIds().filter((k) => !!ctx.v.committed(k));
    if (!committed.length) return [];
    const used = k8sIds().filter((k) => ctx.techs().has(k) || committed.includes(k));
    // A chart shipped for customers' clusters is not a cluster this team operates.
    if (!used.length || !ctx.teamOperates()) return [];
    const team = ctx.v.teamSize();
    if (team !== null && ctx.v.skill(...k8sIds(), 'helm')) return [];
    // "No Kubernetes experience" states the skills as plainly as a list that leaves Kubernetes out.
    const gaps = (ctx.profile.team.gaps ?? []).filter((g) => k8sIds().includes(g.id));
    const lacksK8s = gaps.length > 0;
    const skillsStated = ctx.profile.team.skills.length > 0 || lacksK8s;
    const selfRun = used.includes('kubernetes') && (ctx.family() === 'servers' || ctx.family() === 'on-prem');
    const signal = signalOf(team, skillsStated, selfRun, lacksK8s);
    if (!signal) return [];
    const evidence = {
      facts: facts(
        teamFacts(ctx),
        gaps.flatMap((g) => g.evidence.slice(0, 1)),
        techFacts(ctx, ...used),
        ctx.decisionFacts('compute.runtime'),
      ),
      model: ctx.elementsUsing(...used),
    };
    const what = `${used.join(', ')}${selfRun ? ' (self-operated)' : ''}`;
    const messageId =
      team === null ? (lacksK8s ? 'statedLackKubernetes' : 'teamUnknown') : skillsStated ? 'skillsLackKubernetes' : 'noStatedExperience';
    return [{ subject: 'kubernetes', signal, evidence, messageId, data: { what, team: team ?? 0 } }];
  },
});

/**
 * The one severity function of this rule. A team that states it lacks Kubernetes experience, of six or fewer or of unknown
 * size, is red (the inputs say the cluster is beyond them); larger, yellow. Otherwise a team of one or two cannot run a
 * cluster beside the product (red); three people are red when their stated skills leave Kubernetes out or they run the
 * cluster on their own servers; four to six with skills stated and none Kubernetes, yellow. An unknown team is an open question.
 */
function signalOf(team: number | null, skillsStated: boolean, selfRun: boolean, statedLack: boolean): Finding['signal'] | null {
  if (statedLack)
    return team === null || team <= 6 ? { impact: 3, likelihood: 3, basis: 'stated' } : { impact: 2, likelihood: 3, basis: 'stated' };
  if (team === null) return { impact: 3, likelihood: 2, basis: 'missing' };
  if (team <= 2) return { impact: 3, likelihood: 3, basis: 'stated' };
  if (team <= 3) return { impact: 3, likelihood: skillsStated || selfRun ? 3 : 2, basis: 'stated' };
  if (team <= 6 && skillsStated) return { impact: 2, likelihood: 3, basis: 'stated' };
  return null;
}
