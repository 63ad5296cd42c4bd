// Diagram 5: environments and how a release is promoted between them.
import type { InfraModel } from '../../types.js';
import { NodeIds, edge, node } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';

export function environmentPromotion(m: InfraModel): Diagram {
  const e = new NodeIds('e');
  const lines = ['flowchart LR'];
  const gates = new Set(m.pipelines.flatMap((p) => p.stages.filter((s) => s.approval).map((s) => s.id.replace(/^deploy-/, ''))));
  for (const env of m.environments)
    lines.push(`  ${node(e.id(env.id), `${env.name}: ${env.isolation}`, env.id === 'prod' ? 'stadium' : 'round')}`);
  for (const env of m.environments) {
    if (env.promotesTo)
      lines.push(
        `  ${edge(e.id(env.id), e.id(env.promotesTo), gates.has(env.promotesTo) ? 'promote after approval' : 'promote same artefact')}`,
      );
  }
  const chainStart = m.environments.find((x) => x.id !== 'local' && x.id !== 'preview');
  const local = m.environments.find((x) => x.id === 'local');
  const preview = m.environments.find((x) => x.id === 'preview');
  if (local && preview) lines.push(`  ${edge(e.id('local'), e.id('preview'), 'pull request')}`);
  if (preview && chainStart) lines.push(`  ${edge(e.id('preview'), e.id(chainStart.id), 'merge')}`);
  else if (local && chainStart) lines.push(`  ${edge(e.id('local'), e.id(chainStart.id), 'merge')}`);
  if (m.environments.length === 0) lines.push(`  ${node(e.id('none'), 'No environments defined')}`);
  return {
    id: 'environment-promotion',
    title: 'Environment promotion',
    caption: 'Each environment with its isolation, and the path one artefact takes to production.',
    source: `${lines.join('\n')}\n`,
  };
}
