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
});
