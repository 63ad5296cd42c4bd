// The delivery pipeline: build, scan, package, plan infrastructure, then deploy through each environment.
import type { InfraModel, Profile } from '../types.js';
import type { DecisionLookup } from './decision-lookup.js';
import { techName } from './tech-catalog.js';

type Pipeline = InfraModel['pipelines'][number];

export function derivePipelines(
  profile: Profile,
  l: DecisionLookup,
  envs: InfraModel['environments'],
  iac: string | null,
  assumptions: string[],
  shipped = false,
): Pipeline[] {
  const committed = profile.ciCd.map((f) => f.id).filter((id) => id !== 'argocd' && id !== 'flux');
  let tool = l.component('cicd.pipeline-platform') ?? committed[0] ?? null;
  if (!tool) {
    tool = 'github-actions';
    assumptions.push('No CI/CD platform is named in the inputs; the pipeline is drawn on GitHub Actions as a placeholder.');
  }
  if (shipped) return [releasePipeline(l, tool)];
  const strategy = l.get('cicd.deployment-strategy')?.choiceTitle ?? null;
  // Without a promotion decision the safe reading is a gate before production; with one, its attribute says.
  const gate = l.get('cicd.promotion') ? l.attrs('cicd.promotion').approvalGate === true : true;
  const stages: Pipeline['stages'] = [{ id: 'build', name: 'Build and unit test', approval: false }];
  if (!l.isNone('security.supply-chain'))
    stages.push({ id: 'scan', name: 'Dependency, secret and static analysis scans', approval: false });
  stages.push({ id: 'package', name: 'Package immutable artefact', approval: false });
  if (iac) stages.push({ id: 'iac-plan', name: `Plan infrastructure changes (${techName(iac)})`, approval: false });
  const gitops = l.component('cicd.gitops') ?? profile.ciCd.find((f) => f.id === 'argocd' || f.id === 'flux')?.id ?? null;
  if (gitops && (gitops === 'argocd' || gitops === 'flux'))
    stages.push({ id: 'gitops-sync', name: `Sync desired state (${techName(gitops)})`, approval: false });
  const chain = envs.filter((e) => e.id !== 'local' && e.id !== 'preview');
  for (const e of chain) {
    const isProd = e.promotesTo === null;
    const how = isProd && strategy ? ` (${strategy})` : '';
    stages.push({ id: `deploy-${e.id}`, name: `Deploy to ${e.name}${how}`, approval: gate && (isProd || e.id !== chain[0]?.id) });
  }
  stages.push({ id: 'verify', name: 'Smoke tests and health checks', approval: false });
  return [{ id: 'delivery-pipeline', name: `Delivery pipeline (${techName(tool)})`, tool, stages }];
}

/**
 * The release pipeline of software others install: it proves each target, then packages, signs and publishes; there is
 * no environment to deploy to. Each stage comes from a decision (matrix, scanning, signing, SBOM, channel, promotion).
 */
function releasePipeline(l: DecisionLookup, tool: string): Pipeline {
  const has = (id: Parameters<DecisionLookup['get']>[0]) => !!l.get(id) && !l.isNone(id);
  const matrix = l.get('cicd.build-matrix')?.choiceTitle;
  const stages: Pipeline['stages'] = [
    { id: 'build', name: matrix ? `Build and test (${matrix})` : 'Build and unit test', approval: false },
  ];
  if (has('security.supply-chain')) stages.push({ id: 'scan', name: 'Dependency, secret and static analysis scans', approval: false });
  stages.push({ id: 'package', name: 'Package release artefacts', approval: false });
  if (has('security.artefact-signing'))
    stages.push({ id: 'sign', name: `Sign artefacts (${l.get('security.artefact-signing')!.choiceTitle})`, approval: false });
  if (has('security.sbom-provenance')) stages.push({ id: 'sbom', name: 'Attach SBOM and provenance', approval: false });
  const channel = l.get('cicd.distribution-channel')?.choiceTitle;
  const gate = l.get('cicd.promotion') ? l.attrs('cicd.promotion').approvalGate === true : false;
  stages.push({ id: 'publish', name: channel ? `Publish to ${channel}` : 'Publish the release', approval: gate });
  stages.push({ id: 'verify', name: 'Install the published release on a clean machine and run a smoke test', approval: false });
  return { id: 'delivery-pipeline', name: `Release pipeline (${techName(tool)})`, tool, stages };
}
