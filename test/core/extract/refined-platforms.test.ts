// A provider's managed form of committed technology is committed by one deployment statement; alone, or backed only by itself, it is not.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const stack = (rows: string[]) =>
  doc(
    'docs/architecture/tech-stack.md',
    'tech-stack',
    `# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n${rows.map((r) => `| ${r.replace(': ', ' | ')} |`).join('\n')}\n`,
  );
const deployment = (line: string) => doc('docs/architecture.md', 'architecture', `# Architecture\n\n## Deployment\n\n- ${line}\n`);

describe('managed forms of committed platforms', () => {
  it.each([
    [
      'the cloud and the orchestrator are chosen',
      ['Cloud: AWS', 'Orchestration: Kubernetes'],
      'Ledger nodes run on the managed EKS service',
      ['eks'],
    ],
    [
      'three clouds, three managed clusters',
      ['Cloud: AWS, Azure, GCP', 'Orchestration: Kubernetes'],
      'Clusters: EKS, AKS and GKE are supported targets',
      ['aks', 'eks', 'gke'],
    ],
    ['the orchestrator is only implied by the name itself', ['Cloud: AWS'], 'Ledger nodes run on the managed EKS service', []],
    ['the cloud is not chosen', ['Orchestration: Kubernetes'], 'Ledger nodes run on the managed EKS service', []],
    [
      'named as one option among others',
      ['Cloud: AWS', 'Orchestration: Kubernetes'],
      'Ledger nodes may run on EKS or on a self-managed cluster',
      [],
    ],
  ])('%s', (_name, rows, line, expected) => {
    const p = profileOf(stack(rows), deployment(line));
    expect(ids(p.compute).filter((id) => id !== 'kubernetes')).toEqual(expected);
  });
});
