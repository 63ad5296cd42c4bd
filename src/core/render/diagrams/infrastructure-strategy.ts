// Diagram 1: the high-level strategy — providers, environments, the main tiers and cross-cutting services.
import type { Decision, InfraModel } from '../../types.js';
import { refName } from '../../model/model-ref.js';
import { techName } from '../../model/tech-catalog.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';
import { isPlaceholderRegion, regionName } from '../facts.js';
import { ElementNodes } from './element-nodes.js';

export function infrastructureStrategy(m: InfraModel, decisions: readonly Decision[] = []): Diagram {
  const n = new ElementNodes(m);
  const g = new NodeIds('g');
  const x = new NodeIds('x');
  const lines = ['flowchart TB', ...n.outside().map((id) => `  ${n.declare(id)}`)];
  const provider = m.platform.primary === 'unknown' ? 'Hosting platform (to confirm)' : techName(m.platform.primary);
  const tier = (title: string, members: string[]) =>
    members.length
      ? subgraph(
          g.id(title),
          title,
          members.map((id) => n.declare(id)!),
        )
      : [];
  const inner = [
    ...tier(
      'Edge and front end',
      m.compute.filter((c) => c.zone === 'edge').map((c) => c.id),
    ),
    ...tier(
      'Application',
      m.compute.filter((c) => c.zone === 'public' || c.zone === 'private').map((c) => c.id),
    ),
    ...tier(
      'Data',
      m.dataStores.map((d) => d.id),
    ),
  ];
  const regions = m.regions.map((r) => (isPlaceholderRegion(r.id) ? regionName(r.id) : `${r.id} (${r.role})`)).join(', ');
  lines.push(
    ...subgraph(
      g.id('platform'),
      `${provider}: ${regions}`,
      inner.map((l) => l.trimStart()),
    ),
  );
  const others = m.platform.providers.filter((p) => p !== m.platform.primary);
  for (const p of others) lines.push(`  ${node(x.id(p), `Also used: ${techName(p)}`, 'hex')}`);
  const ops = [
    node(x.id('iac'), `IaC: ${m.iac ? techName(m.iac) : 'to be chosen'}`),
    ...m.pipelines.map((p) => n.declare(p.id)!),
    node(x.id('obs'), `Observability: ${refName(m.observability.metrics, decisions)}`),
    node(x.id('sec'), `Identity: ${refName(m.security.identity, decisions)}`),
  ];
  lines.push(...subgraph(g.id('ops'), 'Cross-cutting services', ops));
  for (const e of m.externalServices) lines.push(`  ${n.declare(e.id)}`);
  const envs = m.environments.filter((e) => e.id !== 'local' && e.id !== 'preview').map((e) => node(x.id(`env-${e.id}`), e.name, 'round'));
  if (envs.length) lines.push(...subgraph(g.id('envs'), `Environments: ${m.environments.length}`, envs));
  const outside = new Set(n.outside());
  for (const f of m.flows.filter((f) => outside.has(f.from) && n.known(f.to))) lines.push(`  ${edge(n.ref(f.from), n.ref(f.to), f.label)}`);
  const platformId = g.id('platform');
  lines.push(`  ${edge(m.pipelines[0] ? n.ref(m.pipelines[0].id) : x.id('iac'), platformId, 'deploys')}`);
  lines.push(`  ${edge(x.id('obs'), platformId, 'observes', true)}`);
  for (const p of others) lines.push(`  ${edge(platformId, x.id(p), 'integrates', true)}`);
  for (const e of m.externalServices) lines.push(`  ${edge(platformId, n.ref(e.id), 'calls')}`);
  return {
    id: 'infrastructure-strategy',
    title: 'High-level infrastructure strategy',
    caption: 'Providers, regions, tiers and the cross-cutting services that wrap them.',
    source: `${lines.join('\n')}\n`,
  };
}
