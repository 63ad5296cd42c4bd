// Checklist vocabularies of technology names are catalogue queries: the names the items knew still pass, and a pack's record counts.
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/core/checklist/registry.js';
import { buildDocumentView } from '../../../src/core/validate/document-view.js';
import { builtinCatalogue, useCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';

const detect = (id: string, text: string) => CHECKLIST.find((i) => i.id === id)!.detect(buildDocumentView('doc.md', `${text}\n`)).passed;

afterEach(() => useCatalogue(null));

describe('technology names the checklist recognises, from the catalogue', () => {
  it.each([
    [
      'ckl-cloud-provider-named',
      ['Amazon Web Services', 'Google Cloud', 'Fly.io', 'Digital Ocean', 'Hetzner', 'OVHcloud', 'OpenShift', 'CloudKit'],
    ],
    ['ckl-obs-monitoring', ['Dynatrace', 'Splunk', 'New Relic', 'App Insights', 'Stackdriver', 'Better Stack', 'Papertrail']],
    ['ckl-sec-secrets', ['Doppler', 'Infisical', '1Password', 'External Secrets', 'SOPS', 'KeyVault', 'HashiCorp Vault']],
    ['ckl-data-stores-named', ['Cosmos DB', 'ElastiCache', 'Blob Storage', 'Pub/Sub', 'Neo4j', 'Qdrant', 'pgvector']],
    ['ckl-cicd-iac-tool', ['OpenTofu', 'Bicep', 'Crossplane', 'SST', 'Deployment Manager', 'CloudFormation']],
    ['ckl-cicd-pipeline', ['Buildkite', 'Drone CI', 'Travis CI', 'Bitbucket Pipelines', 'CodeBuild', 'Argo CD']],
    ['ckl-compute-model', ['Fargate', 'Cloud Run', 'Container Apps', 'Elastic Beanstalk', 'Nomad', 'App Engine']],
  ])('%s passes on each name', (id, names) => {
    expect(names.filter((n) => !detect(id, `We use ${n} here.`))).toEqual([]);
  });

  it('does not pass on an invented product', () => {
    expect(detect('ckl-sec-secrets', 'We use Zembla here.')).toBe(false);
  });

  it('counts a technology a user pack adds, once that catalogue is installed', () => {
    useCatalogue(
      new Catalogue(
        mergeCatalogue(builtinCatalogue().data, {
          technologies: [
            {
              id: 'zembla',
              name: 'Zembla Keystore',
              kind: 'global-saas',
              category: 'services',
              slots: ['secrets'],
              aliases: [{ terms: ['Zembla'] }],
            },
          ],
        }),
      ),
    );
    expect(detect('ckl-sec-secrets', 'We use Zembla here.')).toBe(true);
  });

  it.each([
    ['vercel.json', true],
    ['fly.toml', true],
    ['render.yaml', true],
    ['railway.json', true],
    ['netlify.toml', true],
    ['wrangler.toml', true],
    ['serverless.yml', true],
    ['docker-compose.yml', true],
    ['settings.json', false],
  ])('a configuration file the catalogue lists names the IaC tool: %s -> %s', (file, passes) => {
    expect(detect('ckl-cicd-iac-tool', `Each service is described by its ${file} in the repository.`)).toBe(passes);
  });

  it("a pack record's own configuration file counts for the IaC item", () => {
    const text = 'Each service is described by its harbour.toml in the repository.';
    expect(detect('ckl-cicd-iac-tool', text)).toBe(false);
    useCatalogue(
      new Catalogue(
        mergeCatalogue(builtinCatalogue().data, {
          technologies: [
            {
              id: 'harbour-paas',
              name: 'Harbour PaaS',
              kind: 'paas',
              category: 'cloudProviders',
              slots: ['hosting-platform'],
              files: ['harbour.toml'],
              aliases: [{ terms: ['Harbour PaaS'] }],
            },
          ],
        }),
      ),
    );
    expect(detect('ckl-cicd-iac-tool', text)).toBe(true);
  });
});
