import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';
import { archetypeScores } from '../../../src/core/extract/product-archetype.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Product Requirements\n\n${body}\n`);
const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Architecture\n\n${body}\n`);

describe('product archetype', () => {
  it.each([
    [
      'library or CLI: an MCP server its client launches over stdio',
      [
        prd('Quokka is an MCP server that gives assistants read access to a local notes folder.'),
        arch('## Transport\n\nThe server speaks the stdio transport; the MCP client starts it with `npx quokka-notes`.'),
      ],
      'library-or-cli',
    ],
    [
      'hosted: a remote MCP endpoint the team deploys',
      [
        prd('Quokka is an MCP server for the sales team.'),
        arch('## Deployment\n\nThe remote MCP server is deployed to Cloud Run behind an SSE endpoint.'),
      ],
      'hosted-service',
    ],
    [
      'hosted: the team runs a web app on a cloud',
      [prd('A SaaS web application for florists.'), arch('## Deployment\n\nThe API runs on AWS Lambda behind API Gateway.')],
      'hosted-service',
    ],
    [
      'distributable: customers run it on their own clusters',
      [
        prd('Customers install the scheduler on their own Kubernetes clusters.'),
        arch('## Deployment\n\nThe system must be deployable via a single Helm chart.'),
      ],
      'self-hosted-distributable',
    ],
    [
      'distributable: customer-managed VMs',
      [
        prd('The gateway is deployed into customer-managed VMs with Docker.'),
        arch('## Deployment\n\nIt must support on-premises deployment for every customer.'),
      ],
      'self-hosted-distributable',
    ],
    [
      'distributable: any cluster',
      [arch('## Deployment\n\nThe operator is designed to run on any standard Kubernetes cluster and is installed with helm install.')],
      'self-hosted-distributable',
    ],
    [
      'embedded: runs on a Raspberry Pi',
      [
        prd('The controller software runs on a Raspberry Pi mounted in the greenhouse.'),
        arch('## Platform\n\nFirmware updates are pushed over USB.'),
      ],
      'embedded-device',
    ],
    [
      'client: native app with no backend',
      [prd('A native macOS app sold through the Mac App Store.'), arch('## Data\n\nThere is no backend: all data stays on the device.')],
      'client-app',
    ],
    [
      'client: local-first desktop app',
      [
        prd('An offline desktop application built with Tauri.'),
        arch('## Sync\n\nLocal-first storage, peer-to-peer sync between devices, no cloud services.'),
      ],
      'client-app',
    ],
    [
      'distributable: users run the shipped container',
      [prd('An open-source proxy server. Users can start it as a Docker container with one config file.')],
      'self-hosted-distributable',
    ],
    [
      'library: published to a registry',
      [
        prd('A TypeScript library for parsing invoices, published to npm.'),
        arch('## Distribution\n\nA command-line tool ships in the same package.'),
      ],
      'library-or-cli',
    ],
    [
      'client: offline desktop app whose non-goals rule out a service',
      [
        prd(
          '**Platform:** Windows\n\nA desktop journal that keeps entries in a local SQLite file.\n\n## Non-Goals\n\n- No cloud sync\n- No accounts or sign-in',
        ),
        arch('## Packaging\n\nAn MSI installer built by the release workflow.'),
      ],
      'client-app',
    ],
    [
      'hosted: a SaaS whose non-goals name a client feature stays hosted',
      [
        prd('A SaaS web application for florists.\n\n## Out of Scope\n\n- No single sign-on in v1\n- No native mobile app'),
        arch('## Deployment\n\nThe API runs on AWS Lambda behind API Gateway.'),
      ],
      'hosted-service',
    ],
    [
      'library: a "Public API" of functions is not a network endpoint',
      [
        prd('A Rust crate for decoding GPS traces.'),
        arch('## Public API\n\nThe public API is three functions: `parse`, `encode` and `validate`, documented on docs.rs.'),
      ],
      'library-or-cli',
    ],
    [
      'cli: a command-line tool whose out-of-scope list refuses a GUI',
      [
        prd(
          'A command-line recipe scaler for home cooks.\n\n## Commands\n\nA simple CLI: `scale` and `convert`.\n\n## Out of Scope\n\n- GUI interface\n- Multi-user support\n- Database persistence',
        ),
        arch('## Stack\n\n- **Language**: TypeScript\n- **Runtime**: Node.js'),
      ],
      'library-or-cli',
    ],
    [
      'hosted: a SaaS with a command-line client for admins stays hosted',
      [
        prd('A SaaS web application for florists. Admins also get a CLI for bulk imports.'),
        arch('## Deployment\n\nThe API runs on AWS Lambda behind API Gateway.'),
      ],
      'hosted-service',
    ],
  ])('%s', (_name, docs, want) => {
    expect(profileOf(...docs).productArchetype?.value).toBe(want);
  });

  it('carries evidence for the archetype it names', () => {
    const p = profileOf(
      prd('Customers install the agent on their own servers.'),
      arch('## Deployment\n\nDeployable via a single Helm chart.'),
    );
    expect(p.productArchetype?.evidence.map((e) => e.line).sort()).toEqual([3, 5]);
  });

  it.each([
    [
      'an on-premises option beside a hosted service',
      [
        prd('A SaaS platform for clinics; an on-premises deployment option may come later.'),
        arch('## Deployment\n\nThe API runs on Cloud Run.'),
      ],
    ],
    [
      'a future self-hosted edition',
      [
        prd('Hosted web app for teams.'),
        arch('## Future\n\nA self-hosted edition shipped as a Helm chart for customers to run on their own clusters.'),
      ],
    ],
    [
      'a device mentioned as a user, not a target',
      [prd('A web dashboard where farmers see readings their sensors send.'), arch('## Deployment\n\nThe backend runs on ECS Fargate.')],
    ],
    [
      'a single-page app with no server-side rendering',
      [
        prd('A web app for choirs: no server-side rendering, the SPA calls the REST API.'),
        arch('## Deployment\n\nThe API runs in a Docker container on a VM.'),
      ],
    ],
    [
      'a mobile app with a backend the team runs',
      [prd('An iOS app on the App Store backed by our REST API.'), arch('## Deployment\n\nThe API runs on AWS Lambda with DynamoDB.')],
    ],
  ])('stays a hosted service: %s', (_name, docs) => {
    expect(profileOf(...docs).productArchetype?.value).toBe('hosted-service');
  });

  it.each([
    ['desktop_app', 'client-app'],
    ['cli_tool', 'library-or-cli'],
    ["'Desktop App'", 'client-app'],
    ['iot_embedded', 'embedded-device'],
    ['web_app', 'hosted-service'],
  ])('a PRD front matter classification %s reads as %s', (type, want) => {
    const front = doc(
      'docs/prd.md',
      'prd',
      `---\nstepsCompleted:\n  - step-01-init\nclassification:\n  projectType: ${type}\n  domain: general\n---\n# Loom PRD\n\nLoom helps weavers plan patterns.\n`,
    );
    const p = profileOf(front);
    expect(p.productArchetype?.value).toBe(want);
    expect(p.productArchetype?.evidence[0]).toMatchObject({ file: 'docs/prd.md', line: 5 });
  });

  it('a developer tool says nothing on its own', () => {
    const front = doc(
      'docs/prd.md',
      'prd',
      '---\nclassification:\n  projectType: developer_tool\n---\n# Loom PRD\n\nLoom helps weavers.\n',
    );
    expect(profileOf(front).productArchetype).toBeNull();
  });

  it('is null when the documents say nothing about it', () => {
    expect(profileOf(prd('We want happy users.')).productArchetype).toBeNull();
  });

  it("counts one cloud's managed cluster as a place to run a portable system, not as compute the team operates", () => {
    const stack =
      '| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Cloud | Azure |\n| Cloud | GCP |\n| Hosting | On-premises |\n| Orchestration | Kubernetes |';
    const docs = (deployment: string) => [
      prd('A workflow server for logistics teams.'),
      arch(`## Tech Stack\n\n${stack}\n\n## Deployment\n\n${deployment}`),
    ];
    const hosted = (deployment: string) => {
      const d = docs(deployment);
      return archetypeScores(d, profileOf(...d))['hosted-service'];
    };
    const plain = hosted('- Kubernetes is the orchestration platform');
    const managed = hosted(
      '- Kubernetes is the orchestration platform\n- Supports cloud-managed clusters (EKS, AKS, GKE) as well as on-premises ones',
    );
    expect(
      profileOf(...docs('- Supports cloud-managed clusters (EKS, AKS, GKE) as well as on-premises ones')).compute.map((f) => f.id),
    ).toContain('eks');
    expect(managed).toBe(plain);
  });
});
