// Diagram 4: the deployment pipeline, stage by stage, with approval gates marked.
import type { InfraModel } from '../../types.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';

export function deploymentPipeline(m: InfraModel): Diagram {
  const s = new NodeIds('s');
  const lines = ['flowchart LR', `  ${node(s.id('commit'), 'Commit or pull request', 'stadium')}`];
  for (const p of m.pipelines) {
    const body: string[] = [];
    const order: string[] = [];
    for (const st of p.stages) {
      if (st.approval) {
        body.push(node(s.id(`${p.id}/${st.id}/gate`), `Approval before: ${st.name}`, 'hex'));
        order.push(s.id(`${p.id}/${st.id}/gate`));
      }
      body.push(node(s.id(`${p.id}/${st.id}`), st.name));
      order.push(s.id(`${p.id}/${st.id}`));
    }
    lines.push(...subgraph(s.id(p.id), p.name, body));
    if (order.length) lines.push(`  ${edge(s.id('commit'), order[0])}`);
    for (let i = 1; i < order.length; i++) lines.push(`  ${edge(order[i - 1], order[i])}`);
    const failing = p.stages.find((x) => x.id === 'verify');
    if (failing)
      lines.push(
        `  ${edge(s.id(`${p.id}/verify`), s.id(`${p.id}/rollback`), 'on failure', true)}`,
        `  ${node(s.id(`${p.id}/rollback`), 'Roll back to the previous release', 'round')}`,
      );
  }
  return {
    id: 'deployment-pipeline',
    title: 'Deployment pipeline',
    caption: 'From a commit to production: checks, the immutable artefact, infrastructure plan, promotion gates and rollback.',
    source: `${lines.join('\n')}\n`,
  };
}
