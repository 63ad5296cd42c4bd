import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { codeFacts } from '../../../src/core/extract/code-sources.js';

const fence = (lang: string, body: string, section = 'Deployment') => `# Ops\n\n## ${section}\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;
const factsOf = (markdown: string) => {
  const d = doc('docs/architecture.md', 'architecture', markdown);
  return d.blocks
    .flatMap((b) => codeFacts(b))
    .map((f) => `${f.category}:${f.id}`)
    .sort();
};

describe('fenced code as a structured source', () => {
  it.each([
    [
      'HCL: tool, provider and resources',
      fence(
        'hcl',
        'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\nresource "aws_eks_cluster" "main" {}\nresource "aws_s3_bucket" "files" {}',
      ),
      ['cloudProviders:aws', 'compute:eks', 'dataStores:s3', 'iacTools:terraform'],
    ],
    [
      'HCL without a language tag',
      fence('', 'provider "google" {\n  project = "x"\n}\nresource "google_cloud_run_v2_service" "api" {}'),
      ['cloudProviders:gcp', 'compute:cloud-run', 'iacTools:terraform'],
    ],
    [
      'OpenTofu',
      fence('hcl', '# applied with tofu apply\nresource "azurerm_kubernetes_cluster" "k" {}'),
      ['cloudProviders:azure', 'compute:aks', 'iacTools:opentofu'],
    ],
    [
      'GitHub Actions workflow',
      fence('yaml', 'on:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test'),
      ['ciCd:github-actions'],
    ],
    [
      'a workflow that deploys with a platform CLI',
      fence(
        'yaml',
        'on:\n  release:\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx wrangler pages deploy out --project-name=site\n      - run: flyctl deploy --remote-only',
      ),
      ['ciCd:github-actions', 'cloudProviders:fly-io', 'compute:cloudflare-pages', 'iacTools:wrangler'],
    ],
    [
      'a GitLab job that applies a chart',
      fence('yaml', 'stages:\n  - deploy\nrelease:\n  stage: deploy\n  script:\n    - helm upgrade --install api ./chart'),
      ['ciCd:gitlab-ci', 'iacTools:helm'],
    ],
    [
      'HCL modules named by what they build',
      fence(
        'hcl',
        'provider "aws" {\n  region = var.region\n}\nmodule "eks" {\n  source = "../../modules/eks"\n}\nmodule "files" {\n  source = "../../modules/s3"\n}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}',
      ),
      ['cloudProviders:aws', 'compute:eks', 'dataStores:s3', 'iacTools:terraform'],
    ],
    ['a runbook command', fence('bash', 'helm upgrade api ./chart --namespace prod\nkubectl rollout status deploy/api'), ['iacTools:helm']],
    ['a deploy command outside a workflow is only a snippet', fence('yaml', 'steps:\n  - run: flyctl deploy'), []],
    ['GitLab CI', fence('yaml', 'stages:\n  - test\nunit:\n  stage: test\n  script:\n    - make test'), ['ciCd:gitlab-ci']],
    ['Dockerfile', fence('dockerfile', 'FROM node:20-alpine\nCOPY . .\nCMD ["node", "server.js"]'), ['compute:docker']],
    ['compose file', fence('yaml', 'services:\n  db:\n    image: postgres:16'), ['compute:docker-compose']],
    ['Kubernetes manifest', fence('yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api'), ['compute:kubernetes']],
    ['plain YAML config', fence('yaml', 'logging:\n  level: info'), []],
  ])('%s', (_name, markdown, want) => {
    expect(factsOf(markdown)).toEqual(want);
  });

  it('working configuration commits; a compose file alone stays local development', () => {
    const p = profileOf(
      doc(
        'docs/architecture.md',
        'architecture',
        fence('hcl', 'resource "aws_lambda_function" "f" {}') + '\n' + fence('yaml', 'services:\n  api:\n    build: .', 'Local Setup'),
      ),
    );
    expect(ids(p.iacTools)).toEqual(['terraform']);
    expect(ids(p.compute)).not.toContain('docker-compose');
  });

  it.each([
    ['a resource', 'provider "aws" {}\nresource "aws_s3_bucket" "docs" {}', 'dataStores', 's3'],
    ['a module named by what it builds', 'provider "aws" {}\nmodule "cluster" {\n  source = "../modules/eks"\n}', 'compute', 'eks'],
  ])('Terraform that creates a service commits it as a stated choice does: %s', (_name, hcl, field, id) => {
    const p = profileOf(doc('docs/operations/deploy.md', 'deployment', fence('hcl', hcl, 'Provisioning')));
    expect(ids(p[field as 'dataStores' | 'compute'])).toContain(id);
  });

  it('configuration under a future heading commits nothing', () => {
    const p = profileOf(doc('docs/architecture.md', 'architecture', fence('hcl', 'resource "aws_eks_cluster" "k" {}', 'Future Scaling')));
    expect(ids(p.iacTools)).toEqual([]);
    expect(p.mentions.find((m) => m.id === 'terraform')?.reason).toBe('future');
  });
});
