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
      'A Kubernetes runtime (kubernetes, EKS, AKS, GKE, OpenShift, k3s) the team operates, and a stated team of one or two without stated Kubernetes skills (red), of three (red when skills are stated and none is Kubernetes or the cluster is self-run, else yellow), or of 4–6 with skills stated and none Kubernetes (yellow). A stated lack ("no Kubernetes experience") counts as skills stated without Kubernetes. Unknown team size: a yellow open question. A chart shipped for customers’ clusters raises nothing.',
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
    },
  },
  check(ctx) {
    const used = k8sIds().filter((k) => ctx.techs().has(k));
    // A chart shipped for customers' clusters is not a cluster this team operates.
    if (!used.length || !ctx.teamOperates()) return [];
    const team = ctx.v.teamSize();
    if (team !== null && ctx.v.skill(...k8sIds(), 'helm')) return [];
    // "No Kubernetes experience" states the skills as plainly as a list that leaves Kubernetes out.
    const lacksK8s = (ctx.profile.team.gaps ?? []).some((g) => k8sIds().includes(g.id));
    const skillsStated = ctx.profile.team.skills.length > 0 || lacksK8s;
    const selfRun = used.includes('kubernetes') && (ctx.family() === 'servers' || ctx.family() === 'on-prem');
    const signal = signalOf(team, skillsStated, selfRun);
    if (!signal) return [];
    const evidence = {
      facts: facts(teamFacts(ctx), techFacts(ctx, ...used), ctx.decisionFacts('compute.runtime')),
      model: ctx.elementsUsing(...used),
    };
    const what = `${used.join(', ')}${selfRun ? ' (self-operated)' : ''}`;
    const messageId = team === null ? 'teamUnknown' : skillsStated ? 'skillsLackKubernetes' : 'noStatedExperience';
    return [{ subject: 'kubernetes', signal, evidence, messageId, data: { what, team: team ?? 0 } }];
  },
});

/**
 * The one severity function of this rule: a team of one or two cannot run a cluster beside the product (red); three
 * people are red when their stated skills leave Kubernetes out or they run the cluster on their own servers; four to
 * six with skills stated and none Kubernetes, yellow. An unknown team is an open question.
 */
function signalOf(team: number | null, skillsStated: boolean, selfRun: boolean): Finding['signal'] | null {
  if (team === null) return { impact: 3, likelihood: 2, basis: 'missing' };
  if (team <= 2) return { impact: 3, likelihood: 3, basis: 'stated' };
  if (team <= 3) return { impact: 3, likelihood: skillsStated || selfRun ? 3 : 2, basis: 'stated' };
  if (team <= 6 && skillsStated) return { impact: 2, likelihood: 3, basis: 'stated' };
  return null;
}
