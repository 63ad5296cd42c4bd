// Diagram 3: data flow and integration — every model flow with its label, grouped by tier.
import type { InfraModel } from '../../types.js';
import { NodeIds, edge, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';
import { ElementNodes, USERS } from './element-nodes.js';

export function dataFlow(m: InfraModel): Diagram {
  const n = new ElementNodes(m);
  const g = new NodeIds('g');
  const lines = ['flowchart LR', ...n.outside().map((id) => `  ${n.declare(id)}`)];
  const group = (title: string, ids: string[]) => {
    if (ids.length)
      lines.push(
        ...subgraph(
          g.id(title),
          title,
          ids.map((id) => n.declare(id)!),
        ),
      );
  };
  group(
    'Clients and edge',
    m.compute.filter((c) => c.zone === 'edge').map((c) => c.id),
  );
  group(
    'Services',
    m.compute.filter((c) => c.zone !== 'edge').map((c) => c.id),
  );
  group(
    'State',
    m.dataStores.map((d) => d.id),
  );
  group(
    'Integrations',
    m.externalServices.map((e) => e.id),
  );
  for (const f of m.flows) if (n.known(f.from) && n.known(f.to)) lines.push(`  ${edge(n.ref(f.from), n.ref(f.to), f.label)}`);
  if (m.flows.length === 0) lines.push(`  ${n.ref(USERS)}`);
  return {
    id: 'data-flow',
    title: 'Data flow and integration',
    caption: 'Where requests go and where data is read, written and handed to other services.',
    source: `${lines.join('\n')}\n`,
  };
}
