// Rule: Kubernetes operated by a team too small, or too unskilled, to run a cluster safely.
import { defineRule, type Finding } from '../rule.js';
import { facts, K8S, teamFacts, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'k8s-small-team',
    category: 'operational-complexity',
    title: 'Kubernetes for a team without the people or skills to run it',
    description: 'The architecture runs workloads on Kubernetes (managed or not) while the team is small or states no Kubernetes skills.',
    why: 'A cluster brings upgrades every few months, node pools, ingress, network policies, RBAC and add-ons to patch. A team of one to three without platform experience spends its time on the cluster instead of the product, and outages come from the platform layer.',
    detection:
      'A Kubernetes runtime (kubernetes, EKS, AKS, GKE, OpenShift, k3s) in the model or decisions, and a stated team of at most 3 (red when skills are stated and none is Kubernetes, yellow when skills are unknown), or of 4–6 with skills stated and none Kubernetes (yellow). Unknown team size: a yellow open question.',
    mitigation:
      'Prefer a managed container service without a cluster to run (Cloud Run, ECS Fargate, Container Apps, App Runner, a PaaS), or name who owns the cluster and budget training or a managed Kubernetes support plan.',
    falsePositives:
      'The product itself targets Kubernetes (an operator, a Helm chart for customers) and the team is experienced with it but did not write that down; or a platform team elsewhere runs the cluster.',
    docs: [
      'https://kubernetes.io/releases/version-skew-policy/',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/choose-cluster-mode',
    ],
    resolvedBy: 'compute.runtime',
  },
  check(ctx) {
    const used = K8S.filter((k) => ctx.techs().has(k));
    if (!used.length) return [];
    const team = ctx.v.teamSize();
    const skillsStated = ctx.profile.team.skills.length > 0;
    const skilled = ctx.v.skill(...K8S, 'helm');
    const selfRun = used.includes('kubernetes') && (ctx.family() === 'servers' || ctx.family() === 'on-prem');
    const model = ctx.elementsUsing(...used);
    const evidence = { facts: facts(teamFacts(ctx), techFacts(ctx, ...used), ctx.decisionFacts('compute.runtime')), model };
    const what = `${used.join(', ')}${selfRun ? ' (self-operated)' : ''}`;
    const out: Finding[] = [];
    if (team === null) {
      out.push({
        subject: 'kubernetes',
        signal: { impact: 3, likelihood: 2, basis: 'missing' },
        evidence,
        message: `The architecture runs on ${what}, but the inputs do not say how many people operate it or whether they know Kubernetes.`,
      });
    } else if (skilled) {
      return [];
    } else if (team <= 3) {
      out.push({
        subject: 'kubernetes',
        signal: { impact: 3, likelihood: skillsStated || selfRun ? 3 : 2, basis: 'stated' },
        evidence,
        message: `${what} for a team of ${team}${skillsStated ? ' whose stated skills do not include Kubernetes' : ' with no stated Kubernetes experience'}.`,
      });
    } else if (team <= 6 && skillsStated) {
      out.push({
        subject: 'kubernetes',
        signal: { impact: 2, likelihood: 3, basis: 'stated' },
        evidence,
        message: `${what} for a team of ${team} whose stated skills do not include Kubernetes.`,
      });
    }
    return out;
  },
});
