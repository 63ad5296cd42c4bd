// Rule: a service mesh for a team that cannot carry its operating cost.
import { defineRule, type Finding } from '../rule.js';
import { facts, k8sIds, meshIds, teamFacts, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'service-mesh-small-team',
    category: 'operational-complexity',
    title: 'Service mesh without a platform team',
    description:
      'A service mesh (Istio, Linkerd, Consul Connect, App Mesh…) is part of the architecture while the team is small or lacks mesh experience.',
    why: 'A mesh adds sidecars or node agents, its own control plane, certificate rotation and a new failure mode for every request. Its benefits (mTLS, retries, traffic shifting) rarely pay for the upkeep below a dozen services and a dedicated platform team.',
    detection:
      'A mesh id in the model, the decisions or the committed technologies, and a stated team of at most 5 (red when skills are stated without the mesh, a lack of mesh or Kubernetes experience is stated, or the mesh sits on a Kubernetes cluster for three people or fewer; yellow otherwise). Unknown team size: a yellow open question, red when the lack is stated.',
    mitigation:
      'Start without a mesh: TLS at the ingress, mTLS or network policies where needed, retries in the client library. Add a mesh when the service count and a platform owner justify it.',
    falsePositives:
      'The mesh is a managed feature the provider operates (for example a managed service mesh add-on) and the team only configures policies.',
    docs: ['https://istio.io/latest/docs/ops/deployment/architecture/', 'https://linkerd.io/2/overview/'],
    resolvedBy: 'network.topology',
    messages: {
      teamUnknown: 'A service mesh ({mesh}) is planned; the inputs do not say who operates it.',
      smallTeam: 'A service mesh ({mesh}) for a team of {team}.',
      smallTeamNoMeshSkills: 'A service mesh ({mesh}) for a team of {team} without mesh experience.',
      statedLackMesh: 'A service mesh ({mesh}) for a team that states it lacks the experience to run it or the cluster under it.',
    },
  },
  check(ctx) {
    const techs = ctx.techs();
    const committed = [...ctx.profile.compute, ...ctx.profile.frameworks].map((f) => f.id);
    const meshes = meshIds().filter((m) => techs.has(m) || committed.includes(m) || [...techs].some((t) => t.includes(m)));
    if (!meshes.length || !ctx.teamOperates()) return [];
    const team = ctx.v.teamSize();
    if (team !== null && (team > 5 || ctx.v.skill(...meshes))) return [];
    // "No Kubernetes experience" or "no Istio experience": a mesh runs on the cluster, so either lack is a stated one.
    const gaps = (ctx.profile.team.gaps ?? []).filter((g) => meshIds().includes(g.id) || k8sIds().includes(g.id));
    const skillsStated = ctx.profile.team.skills.length > 0 || gaps.length > 0;
    const onCluster = k8sIds().some((k) => techs.has(k));
    const evidence = {
      facts: facts(
        teamFacts(ctx),
        gaps.flatMap((g) => g.evidence.slice(0, 1)),
        techFacts(ctx, ...meshes),
        ctx.decisionFacts('network.topology'),
      ),
      model: [],
    };
    const mesh = meshes.join(', ');
    const messageId =
      team === null ? (gaps.length ? 'statedLackMesh' : 'teamUnknown') : skillsStated ? 'smallTeamNoMeshSkills' : 'smallTeam';
    return [
      {
        subject: meshes[0],
        signal: signalOf(team, skillsStated, onCluster, gaps.length > 0),
        evidence,
        messageId,
        data: { mesh, team: team ?? 0 },
      },
    ];
  },
});

/**
 * The one severity function of this rule: a team that states it lacks the mesh's or the cluster's skills is red (at any
 * size up to five, or unknown); a mesh on a cluster for three people or fewer, or with stated skills leaving it out, is red;
 * a small team otherwise yellow; an unknown team an open question.
 */
function signalOf(team: number | null, skillsStated: boolean, onCluster: boolean, statedLack: boolean): Finding['signal'] {
  if (statedLack) return { impact: 3, likelihood: 3, basis: 'stated' };
  if (team === null) return { impact: 3, likelihood: 2, basis: 'missing' };
  return { impact: 3, likelihood: skillsStated || (onCluster && team <= 3) ? 3 : 2, basis: 'stated' };
}
