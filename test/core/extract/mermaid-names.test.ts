// The inputs' own Mermaid diagrams: names on node, edge and subgraph lines are mentions; a deployment diagram places platforms.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { mermaidNames } from '../../../src/core/extract/mermaid-names.js';

const fence = (body: string) => `\`\`\`mermaid\n${body}\n\`\`\``;
const arch = (section: string, body: string) =>
  doc('docs/architecture.md', 'architecture', `# Architecture\n\n## ${section}\n\n${fence(body)}\n`);
const firstBlock = (section: string, body: string) => arch(section, body).blocks.find((b) => b.type === 'code')!;

describe('mermaid naming lines', () => {
  it.each([
    [
      'a flowchart: nodes and edges name, styling does not',
      'flowchart LR\n  A[Web] --> B[(Quokka DB)]\n  style A fill:#f9f\n  classDef x fill:#000',
      1,
      false,
    ],
    ['a C4 deployment diagram is a deployment diagram', 'C4Deployment\n  Deployment_Node(cloud, "Quokka Cloud")', 1, true],
    ['a title naming the infrastructure makes one too', 'flowchart TB\n  %% Production infrastructure\n  A[App]', 1, true],
    ['a sequence diagram names its participants', 'sequenceDiagram\n  participant App\n  App->>Store: save', 2, false],
  ])('%s', (_name, body, lines, deployment) => {
    const names = mermaidNames(firstBlock('Overview', body));
    expect([names?.spans.length, names?.deployment]).toEqual([lines, deployment]);
  });

  it('a gantt chart or an entity diagram is not a diagram of the system', () => {
    expect(mermaidNames(firstBlock('Plan', 'gantt\n  title Release\n  Redis migration :a1, 2025-01-01, 3d'))).toBeNull();
    expect(mermaidNames(firstBlock('Data', 'erDiagram\n  USER ||--o{ ORDER : places'))).toBeNull();
  });
});

describe('names in diagrams weigh as mentions', () => {
  const prose = doc(
    'docs/prd.md',
    'prd',
    '# PRD\n\n## Technical Assumptions\n\nEvents are published to RabbitMQ.\n\n## Goals\n\nWorkers read from RabbitMQ.\n',
  );

  it('a diagram alone does not commit a data store, but adds to prose that names it', () => {
    const diagram = arch('Overview', 'flowchart LR\n  API --> Q[[RabbitMQ]]');
    expect(ids(profileOf(diagram).dataStores)).toEqual([]);
    expect(ids(profileOf(diagram, prose).dataStores)).toEqual(['rabbitmq']);
    expect(ids(profileOf(prose).dataStores)).toEqual([]);
  });

  it('a name in a style line or a later-phase label adds nothing', () => {
    const styled = arch('Overview', 'flowchart LR\n  API --> Q[Queue]\n  classDef RabbitMQ fill:#f66');
    const later = arch('Overview', 'flowchart LR\n  API --> Q[RabbitMQ - post-MVP]');
    expect(ids(profileOf(styled, prose).dataStores)).toEqual([]);
    expect(ids(profileOf(later, prose).dataStores)).toEqual([]);
  });

  it('a platform drawn in a deployment diagram weighs like a deployment line', () => {
    const line = doc('docs/prd.md', 'prd', '# PRD\n\n## Deployment\n\nThe API is deployed to Fly.io.\n');
    const deployment = arch('Deployment Architecture', 'flowchart LR\n  subgraph Fly.io\n    API[API service]\n  end');
    const overview = arch('Overview', 'flowchart LR\n  subgraph Fly.io\n    API[API service]\n  end');
    expect(ids(profileOf(deployment, line).cloudProviders)).toEqual(['fly-io']);
    expect(ids(profileOf(overview, line).cloudProviders)).toEqual([]);
  });
});
