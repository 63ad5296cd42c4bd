// A planned source tree names the tools whose own configuration files it lists; other trees and comments say nothing.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { codeFacts } from '../../../src/core/extract/code-sources.js';
import { isSourceTree } from '../../../src/core/extract/source-tree.js';

const tree = (body: string, section = 'Source Tree') => `# Layout\n\n## ${section}\n\n\`\`\`text\n${body}\n\`\`\`\n`;
const factsOf = (markdown: string) =>
  doc('docs/architecture.md', 'architecture', markdown)
    .blocks.flatMap((b) => codeFacts(b))
    .map((f) => `${f.category}:${f.id}`)
    .sort();

describe('a drawn source tree as a structured source', () => {
  it.each([
    [
      'a chart folder',
      'deploy/\n├── charts/\n│   └── pebble/\n│       ├── Chart.yaml\n│       └── values.yaml\n└── README.md',
      ['iacTools:helm'],
    ],
    ['Terraform files by extension', 'infra/\n├── main.tf\n├── variables.tf\n└── outputs.tf', ['iacTools:terraform']],
    ['ASCII guides', 'ops/\n|-- kustomization.yaml\n|-- base/\n`-- overlays/', ['iacTools:kustomize']],
    ['two tools in one tree', 'repo/\n├── cdk.json\n├── stacks/\n└── charts/\n    └── Chart.yaml', ['iacTools:cdk', 'iacTools:helm']],
    ['a folder named like a tool is not its file', 'repo/\n├── terraform/\n└── helm/', []],
    ['a line marked for later keeps its tool out', 'repo/\n├── src/\n└── Chart.yaml   # future: packaging for customers', []],
    ['files that configure nothing', 'app/\n├── package.json\n├── tsconfig.json\n└── src/', []],
    ["a platform's own config file", 'app/\n├── fly.toml\n├── Dockerfile\n└── src/', ['cloudProviders:fly-io']],
    ['a Workers project', 'edge/\n├── wrangler.toml\n└── src/', ['compute:cloudflare-workers']],
  ])('%s', (_name, body, expected) => {
    expect(factsOf(tree(body))).toEqual(expected);
  });

  it.each([
    ['box-drawing guides', '├── a\n└── b', true],
    ['a shell session', '$ helm install pebble ./chart\n$ kubectl get pods', false],
    ['one guide only', '└── Chart.yaml', false],
  ])('recognises %s', (_name, text, expected) => {
    expect(isSourceTree(text)).toBe(expected);
  });

  it('commits the tool from a tree in the architecture, and not from one under a Future section', () => {
    const now = profileOf(doc('docs/architecture.md', 'architecture', tree('repo/\n├── charts/\n│   └── Chart.yaml\n└── src/')));
    expect(ids(now.iacTools)).toEqual(['helm']);
    const later = profileOf(
      doc('docs/architecture.md', 'architecture', tree('repo/\n├── charts/\n│   └── Chart.yaml\n└── src/', 'Future Work')),
    );
    expect(ids(later.iacTools)).toEqual([]);
  });
});

describe('a workflow file named in prose', () => {
  const ci = (body: string) =>
    ids(profileOf(doc('docs/architecture.md', 'architecture', `# Acme Architecture\n\n## Build\n\n${body}\n`)).ciCd);

  it.each([
    ['CI runs from `.github/workflows/checks.yml` on every push.', ['github-actions']],
    ['Release gates (`.github/workflows/release-gates.yaml`):', ['github-actions']],
    ['Workflows could later live under .github/workflows if we move to a hosted CI.', []],
    ['The .github/workflows folder is empty for now.', []],
  ])('%s', (body, want) => {
    expect(ci(body)).toEqual(want);
  });
});
