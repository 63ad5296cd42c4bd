// In place of the network topology for products the team does not host: how a commit becomes a signed release users install.
import type { InfraModel, ProductArchetype } from '../../types.js';
import { techName } from '../../model/tech-catalog.js';
import { NodeIds, edge, node, subgraph } from '../mermaid-safe.js';
import type { Diagram } from './diagram.js';

/** Where a release goes and who runs it, per archetype the team does not host. */
const CHANNEL: Record<Exclude<ProductArchetype, 'hosted-service'>, { artefact: string; channel: string; runs: string }> = {
  'self-hosted-distributable': {
    artefact: 'Versioned images and charts',
    channel: 'Registry and release notes',
    runs: 'Customer installations',
  },
  'client-app': { artefact: 'Signed app builds', channel: 'App stores or download site', runs: 'User devices (auto-update)' },
  'embedded-device': { artefact: 'Signed firmware images', channel: 'Update server (staged rollout)', runs: 'Devices in the field' },
  'library-or-cli': { artefact: 'Versioned packages', channel: 'Package registry', runs: "Users' projects and machines" },
};

export function buildRelease(m: InfraModel, archetype: Exclude<ProductArchetype, 'hosted-service'>): Diagram {
  const s = new NodeIds('r');
  const c = CHANNEL[archetype];
  const lines = ['flowchart LR', `  ${node(s.id('commit'), 'Commit or tag', 'stadium')}`];
  const stages: string[] = [];
  for (const p of m.pipelines) {
    const body = p.stages.map((st) => node(s.id(`${p.id}/${st.id}`), st.approval ? `${st.name} (approval)` : st.name));
    lines.push(...subgraph(s.id(p.id), `${p.name}`, body));
    stages.push(...p.stages.map((st) => s.id(`${p.id}/${st.id}`)));
  }
  if (!stages.length) {
    lines.push(`  ${node(s.id('build'), 'Build, test and sign')}`);
    stages.push(s.id('build'));
  }
  const units = m.compute.map((u) => u.name);
  lines.push(`  ${node(s.id('artefact'), units.length ? `${c.artefact}: ${units.join(', ')}` : c.artefact, 'db')}`);
  lines.push(`  ${node(s.id('channel'), c.channel, 'hex')}`, `  ${node(s.id('runs'), c.runs, 'round')}`);
  lines.push(`  ${edge(s.id('commit'), stages[0])}`);
  for (let i = 1; i < stages.length; i++) lines.push(`  ${edge(stages[i - 1], stages[i])}`);
  lines.push(
    `  ${edge(stages[stages.length - 1], s.id('artefact'), 'signed, with checksums')}`,
    `  ${edge(s.id('artefact'), s.id('channel'), 'publish')}`,
    `  ${edge(s.id('channel'), s.id('runs'), 'install or update')}`,
  );
  const tool = m.pipelines[0] ? techName(m.pipelines[0].tool) : null;
  return {
    id: 'build-release',
    title: 'Build and release',
    caption: tool ? `From a commit to an installed release through ${tool}.` : 'From a commit to an installed release.',
    source: `${lines.join('\n')}\n`,
  };
}
