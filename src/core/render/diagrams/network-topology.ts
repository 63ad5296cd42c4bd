// Diagram 2: network topology — the internet, the zones from edge to data, and the paths between them.
import type { Decision, InfraModel } from '../../types.js';
import { refName } from '../../model/model-ref.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';
import { regionName } from '../facts.js';
import { REGIONAL_ZONE, storePlacement } from '../store-placement.js';
import { ElementNodes, USERS } from './element-nodes.js';

export function networkTopology(m: InfraModel, decisions: readonly Decision[] = []): Diagram {
  const ingress = decisions.find((d) => d.id === 'network.ingress')?.choiceTitle ?? null;
  const n = new ElementNodes(m);
  const z = new NodeIds('z');
  const lines = [
    'flowchart LR',
    ...subgraph(
      z.id('internet'),
      'Internet',
      n.outside().map((id) => n.declare(id)!),
    ),
  ];
  const region = regionName(m.regions.find((r) => r.role === 'primary')?.id ?? 'primary-region');
  const placed = storePlacement;
  const zoneBlocks: string[] = [];
  for (const zone of m.zones.filter((x) => x.kind !== 'external' && x.kind !== 'management')) {
    const members = [
      ...m.compute.filter((c) => c.zone === zone.id).map((c) => n.declare(c.id)!),
      ...m.dataStores.filter((d) => placed(d) === zone.kind || (placed(d) === d.zone && d.zone === zone.id)).map((d) => n.declare(d.id)!),
    ];
    if (zone.kind === 'public' && !m.compute.some((c) => c.zone === 'public'))
      members.push(node(z.id('lb'), ingress ?? 'Load balancer / platform router'));
    if (zone.kind === 'edge' && m.security.waf) members.push(node(z.id('waf'), refName(m.security.waf, decisions)));
    if (members.length === 0) continue;
    zoneBlocks.push(...subgraph(z.id(zone.id), zone.name, members).map((l) => l.trimStart()));
  }
  const regional = m.dataStores.filter((d) => placed(d) === 'regional').map((d) => n.declare(d.id)!);
  if (regional.length) zoneBlocks.push(...subgraph(z.id('regional'), REGIONAL_ZONE, regional).map((l) => l.trimStart()));
  lines.push(...subgraph(z.id('region'), `Primary region: ${region}`, zoneBlocks));
  const ext = [
    ...m.dataStores.filter((d) => placed(d) === 'external').map((d) => n.declare(d.id)!),
    ...m.externalServices.map((e) => n.declare(e.id)!),
  ];
  if (ext.length) lines.push(...subgraph(z.id('external'), 'External services', ext));
  const mgmt = m.pipelines.map((p) => n.declare(p.id)!);
  lines.push(...subgraph(z.id('management'), 'Management plane', mgmt));
  const entry = m.flows.find((f) => f.from === USERS && !m.clients?.some((c) => c.id === f.to));
  if (z.has('waf') && entry) {
    lines.push(`  ${edge(n.ref(USERS), z.id('waf'), 'HTTPS 443')}`, `  ${edge(z.id('waf'), n.ref(entry.to), 'filtered')}`);
  } else if (entry) lines.push(`  ${edge(n.ref(USERS), n.ref(entry.to), 'HTTPS 443')}`);
  for (const f of m.flows) {
    if (f === entry || !n.known(f.from) || !n.known(f.to)) continue;
    // Apps and devices come in from the internet through the same filter as browsers.
    if (z.has('waf') && m.clients?.some((c) => c.id === f.from)) {
      lines.push(`  ${edge(n.ref(f.from), z.id('waf'), f.label)}`);
      const onward = `  ${edge(z.id('waf'), n.ref(f.to), 'filtered')}`;
      if (!lines.includes(onward)) lines.push(onward);
      continue;
    }
    if (z.has('lb') && m.compute.find((c) => c.id === f.to)?.role === 'api' && m.compute.find((c) => c.id === f.from)?.zone === 'edge') {
      lines.push(`  ${edge(n.ref(f.from), z.id('lb'), 'TLS')}`, `  ${edge(z.id('lb'), n.ref(f.to), 'private network')}`);
      continue;
    }
    lines.push(`  ${edge(n.ref(f.from), n.ref(f.to), f.label)}`);
  }
  for (const p of m.pipelines) lines.push(`  ${edge(n.ref(p.id), z.id('region'), 'deploys with scoped credentials', true)}`);
  return {
    id: 'network-topology',
    title: 'Network topology',
    caption: 'Zones from the edge to the data tier, and the only paths traffic may take between them.',
    source: `${lines.join('\n')}\n`,
  };
}
