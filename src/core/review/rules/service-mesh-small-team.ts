// Rule: a service mesh for a team that cannot carry its operating cost.
import { defineRule } from '../rule.js';
import { facts, MESHES, teamFacts, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'service-mesh-small-team',
    category: 'operational-complexity',
    title: 'Service mesh without a platform team',
    description:
      'A service mesh (Istio, Linkerd, Consul Connect, App Mesh…) is part of the architecture while the team is small or lacks mesh experience.',
    why: 'A mesh adds sidecars or node agents, its own control plane, certificate rotation and a new failure mode for every request. Its benefits (mTLS, retries, traffic shifting) rarely pay for the upkeep below a dozen services and a dedicated platform team.',
    detection:
      'A mesh id in the model, the decisions or the committed technologies, and a stated team of at most 5 (red when skills are stated without the mesh, yellow otherwise). Unknown team size: a yellow open question.',
    mitigation:
      'Start without a mesh: TLS at the ingress, mTLS or network policies where needed, retries in the client library. Add a mesh when the service count and a platform owner justify it.',
    falsePositives:
      'The mesh is a managed feature the provider operates (for example a managed service mesh add-on) and the team only configures policies.',
    docs: ['https://istio.io/latest/docs/ops/deployment/architecture/', 'https://linkerd.io/2/overview/'],
    resolvedBy: 'network.topology',
  },
  check(ctx) {
    const techs = ctx.techs();
    const committed = [...ctx.profile.compute, ...ctx.profile.frameworks].map((f) => f.id);
    const meshes = MESHES.filter((m) => techs.has(m) || committed.includes(m) || [...techs].some((t) => t.includes(m)));
    if (!meshes.length) return [];
    const team = ctx.v.teamSize();
    const evidence = { facts: facts(teamFacts(ctx), techFacts(ctx, ...meshes), ctx.decisionFacts('network.topology')), model: [] };
    const subject = meshes[0];
    if (team === null)
      return [
        {
          subject,
          signal: { impact: 3, likelihood: 2, basis: 'missing' },
          evidence,
          message: `A service mesh (${meshes.join(', ')}) is planned; the inputs do not say who operates it.`,
        },
      ];
    if (team > 5 || ctx.v.skill(...meshes)) return [];
    const skillsStated = ctx.profile.team.skills.length > 0;
    return [
      {
        subject,
        signal: { impact: 3, likelihood: skillsStated ? 3 : 2, basis: 'stated' },
        evidence,
        message: `A service mesh (${meshes.join(', ')}) for a team of ${team}${skillsStated ? ' without mesh experience' : ''}.`,
      },
    ];
  },
});
