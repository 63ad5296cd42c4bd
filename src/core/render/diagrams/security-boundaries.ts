// Diagram 6: security architecture — trust boundaries as nested groups, controls at each crossing.
import type { Decision, InfraModel } from '../../types.js';
import { refName } from '../../model/model-ref.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';
import { ElementNodes } from './element-nodes.js';

export function securityBoundaries(m: InfraModel, hostedControls = true, decisions: readonly Decision[] = []): Diagram {
  const n = new ElementNodes(m);
  const b = new NodeIds('b');
  const k = new NodeIds('k');
  const lines = ['flowchart TB'];
  for (const tb of m.trustBoundaries) {
    const members = tb.members.map((id) => n.declare(id)).filter((x): x is string => !!x);
    if (members.length) lines.push(...subgraph(b.id(tb.id), tb.name, members));
  }
  if (hostedControls) {
    const controls = [
      node(k.id('idp'), `Identity: ${refName(m.security.identity, decisions)}`, 'hex'),
      node(k.id('secrets'), `Secrets: ${refName(m.security.secrets, decisions)}`, 'hex'),
      node(k.id('enc'), `Encryption: ${m.security.encryption}`, 'hex'),
    ];
    if (m.security.waf) controls.push(node(k.id('waf'), `WAF: ${refName(m.security.waf, decisions)}`, 'hex'));
    lines.push(...subgraph(b.id('controls'), 'Security controls', controls));
  }
  const inBoundary = (id: string) => m.trustBoundaries.find((t) => t.members.includes(id))?.id;
  const seen = new Set<string>();
  for (const f of m.flows) {
    const from = inBoundary(f.from);
    const to = inBoundary(f.to);
    if (!from || !to || from === to || !n.known(f.from) || !n.known(f.to)) continue;
    const key = `${f.from}>${f.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${edge(n.ref(f.from), n.ref(f.to), f.label)}`);
  }
  if (hostedControls && b.has('application-boundary')) {
    lines.push(`  ${edge(k.id('idp'), b.id('application-boundary'), 'authenticates', true)}`);
    lines.push(`  ${edge(k.id('secrets'), b.id('application-boundary'), 'injects at runtime', true)}`);
  }
  if (hostedControls && b.has('data-boundary')) lines.push(`  ${edge(k.id('enc'), b.id('data-boundary'), 'at rest and in transit', true)}`);
  if (hostedControls && m.security.waf && b.has('edge-boundary'))
    lines.push(`  ${edge(k.id('waf'), b.id('edge-boundary'), 'filters', true)}`);
  for (const d of m.dataStores.filter((x) => x.publicEndpoint))
    lines.push(`  ${edge(b.id('internet'), n.ref(d.id), 'public endpoint: restrict by key and network rules', true)}`);
  return {
    id: 'security-boundaries',
    title: 'Security architecture and trust boundaries',
    caption: 'Who trusts whom: each boundary, the flows that cross it and the controls applied there.',
    source: `${lines.join('\n')}\n`,
  };
}
