// Diagram 4: the deployment pipeline, stage by stage, with approval gates marked.
import type { InfraModel } from '../../types.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';

export function deploymentPipeline(m: InfraModel): Diagram {
  const s = new NodeIds('s');
  const lines = ['flowchart LR', `  ${node(s.id('commit'), 'Commit or pull request', 'stadium')}`];
  for (const p of m.pipelines) {
    // The stages, gates included, are one chain declared inside the pipeline's box: one line, whatever their number.
    const chain: string[] = [];
    for (const st of p.stages) {
      if (st.approval) chain.push(node(s.id(`${p.id}/${st.id}/gate`), `Approval before: ${st.name}`, 'hex'));
      chain.push(node(s.id(`${p.id}/${st.id}`), st.name));
    }
    lines.push(...subgraph(s.id(p.id), p.name, chain.length ? [chain.join(' --> ')] : []));
    const first = p.stages[0];
    if (first) lines.push(`  ${edge(s.id('commit'), s.id(first.approval ? `${p.id}/${first.id}/gate` : `${p.id}/${first.id}`))}`);
    const failing = p.stages.find((x) => x.id === 'verify');
    if (failing)
      lines.push(
        `  ${edge(s.id(`${p.id}/verify`), node(s.id(`${p.id}/rollback`), 'Roll back to the previous release', 'round'), 'on failure', true)}`,
      );
  }
  return {
    id: 'deployment-pipeline',
    title: 'Deployment pipeline',
    caption: 'From a commit to production: checks, the immutable artefact, infrastructure plan, promotion gates and rollback.',
    source: `${lines.join('\n')}\n`,
  };
}
