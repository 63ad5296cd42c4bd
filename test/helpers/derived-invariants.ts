// What the model's derived tables may hold: only what a decision (or a stated fact) put there. Lists every mismatch.
import type { PointId } from '../../src/core/decide/point-ids.js';
import { DecisionLookup } from '../../src/core/model/decision-lookup.js';
import type { Decision, InfraModel } from '../../src/core/types.js';

const STANDBY_TIERS = ['pilot-light', 'warm-standby', 'active-active'];
/** Points whose chosen option may add a priced item (a NAT gateway, a load balancer, a web ACL) to the bill. */
const CHARGING: PointId[] = ['network.topology', 'network.ingress', 'network.waf'];

export function derivedMismatches(decisions: Decision[], model: InfraModel): string[] {
  const l = new DecisionLookup(decisions);
  const out: string[] = [];
  const decided = (id: string) => l.get(id as PointId) !== undefined && !l.isNone(id as PointId);
  const elements = new Set([
    ...model.compute.map((c) => c.id),
    ...model.dataStores.map((d) => d.id),
    ...model.environments.map((e) => e.id),
  ]);

  // Environments: the layout's stages, a preview only when the previews decision creates one.
  const chain = model.environments.filter((e) => e.id !== 'local' && e.id !== 'preview').map((e) => e.id);
  const stages = l.attrs('environments.layout').stages;
  if (stages && chain.join() !== stages.join()) out.push(`environments ${chain.join()} but the layout decides ${stages.join()}`);
  const preview = model.environments.some((e) => e.id === 'preview');
  if (preview && l.attrs('environments.previews').previews !== true)
    out.push(`a Preview environment beside previews = ${l.choice('environments.previews') ?? 'undecided'}`);
  if (!preview && l.attrs('environments.previews').previews === true) out.push('previews decided but no Preview environment');
  if (model.environments.some((e) => e.id === 'local') && l.isNone('environments.local-dev'))
    out.push('a local environment beside no local dev');

  // Pipeline: one deploy stage per environment of the chain, approval gates only when the promotion decision has one.
  for (const p of model.pipelines) {
    const deploys = p.stages.filter((s) => s.id.startsWith('deploy-')).map((s) => s.id.slice('deploy-'.length));
    // A release pipeline publishes to a channel; its CI and Release stages are not deploy targets.
    const release = p.stages.some((s) => s.id === 'publish');
    if (release && deploys.length) out.push(`a release pipeline that also deploys to ${deploys.join()}`);
    if (!release && deploys.join() !== chain.join())
      out.push(`pipeline deploys to ${deploys.join()} but the environments are ${chain.join()}`);
    const gate = l.attrs('cicd.promotion').approvalGate === true;
    if (p.stages.some((s) => s.approval) !== gate)
      out.push(
        `pipeline approval gate ${!gate ? 'drawn beside' : 'missing beside'} promotion = ${l.choice('cicd.promotion') ?? 'undecided'}`,
      );
    if (!release && p.stages.some((s) => s.id === 'iac-plan') !== !!model.iac)
      out.push('an infrastructure plan stage without IaC, or IaC without one');
    if (p.stages.some((s) => s.id === 'scan') && l.isNone('security.supply-chain'))
      out.push('a scan stage beside no supply-chain controls');
  }

  // Compute units and stores: each from a decision that adds a component, or from a stated fact.
  for (const c of [...model.compute, ...model.dataStores])
    for (const f of c.from ?? [])
      if (!f.startsWith('profile:') && !decided(f)) out.push(`${c.id} comes from ${f}, which adds no component`);
  const worker = model.compute.some((c) => c.role === 'worker');
  if (worker && !l.component('compute.background-jobs') && !model.dataStores.some((d) => d.kind === 'queue'))
    out.push('a background worker without a jobs decision or a queue');
  for (const d of model.dataStores)
    if ((d.kind === 'cache' || d.kind === 'queue') && !(d.from ?? []).some((f) => f.startsWith('profile:') || l.supported(f as PointId)))
      out.push(`a default ${d.kind} (${d.tech}) without a fact`);

  // Regions: a secondary region only from a multi-region layout or a DR tier that keeps a standby.
  const tier = l.attrs('dr.strategy-tier').tier ?? '';
  const layout = l.attrs('cloud.region-strategy').regions ?? '';
  if (model.regions.some((r) => r.role === 'secondary') && !STANDBY_TIERS.includes(tier) && !layout.startsWith('multi-region'))
    out.push(`a secondary region beside DR tier ${tier || 'undecided'} and layout ${layout || 'undecided'}`);

  // Cost lines: each from a model element or a decision that adds something; charged items only where an option charges them.
  const charged = new Set(CHARGING.filter((p) => !l.isNone(p)).flatMap((p) => l.attrs(p).charges ?? []));
  for (const line of model.costLines) {
    const from = line.from ?? [];
    if (!from.length) out.push(`cost line ${line.item} names no source`);
    if (!from.some((f) => elements.has(f) || decided(f)))
      out.push(`cost line ${line.item} comes from ${from.join(', ')}, none in the design`);
    if (/\bNAT\b/.test(line.item) && !charged.has('natGateway')) out.push('a NAT gateway costed that no option charges');
    if (/firewall|\bWAF\b/i.test(line.item) && !charged.has('webAcl')) out.push(`${line.item} costed that no option charges`);
    if (
      /standby|secondary region/i.test(line.item) &&
      (!STANDBY_TIERS.includes(tier) || !model.regions.some((r) => r.role === 'secondary'))
    )
      out.push(`${line.item} costed beside DR tier ${tier || 'undecided'}`);
  }
  if (model.security.waf && l.isNone('network.waf')) out.push(`WAF ${model.security.waf} drawn beside no WAF`);
  return out;
}
