// Platform families, environment stages and regime controls answered from catalogue records, including records a pack adds.
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';

const kb = builtinCatalogue();

describe('familyOf', () => {
  it.each([
    ['aws', 'aws'],
    ['azure', 'azure'],
    ['gcp', 'gcp'],
    ['oracle-cloud', 'other-hyperscaler'],
    ['vercel', 'paas'],
    ['firebase', 'paas'],
    ['on-prem', 'on-prem'],
    ['kubernetes', 'kubernetes'],
    ['hetzner', 'servers'],
    ['acme-racks', 'servers'],
  ])('%s is in the %s family', (platform, family) => {
    expect(kb.familyOf(platform)).toBe(family);
  });

  it('is unknown without a platform', () => {
    expect(kb.familyOf(null)).toBe('unknown');
  });

  it('places a platform a pack adds by its kind, and gives its family defaults', () => {
    const pack = new Catalogue(
      mergeCatalogue(kb.data, {
        technologies: [
          { id: 'nimbus-cloud', name: 'Nimbus Cloud', kind: 'hyperscaler', category: 'cloudProviders', slots: ['hosting-platform'] },
        ],
      }),
    );
    expect(pack.familyOf('nimbus-cloud')).toBe('other-hyperscaler');
    expect(pack.platformFamily('other-hyperscaler').operations.secrets).toBe('the provider secrets vault');
  });

  it('gives every family a default secret store and words for each operation', () => {
    for (const f of kb.data.platformFamilies) {
      expect(f.secretStore, f.id).toBeTruthy();
      expect(
        Object.values(f.operations).every((w) => w.length > 0),
        f.id,
      ).toBe(true);
    }
    expect(kb.platformFamily('paas').secretStore).toBe('platform-variables');
  });
});

describe('stages', () => {
  it.each([
    ['prod', 'Production'],
    ['staging', 'Staging'],
    ['qa', 'QA'],
    ['preview', 'Preview'],
    ['local', 'Local'],
  ])('%s is named %s', (id, name) => {
    expect(kb.stage(id)?.name).toBe(name);
  });

  it('knows nothing of an invented stage', () => {
    expect(kb.stage('sandbox-7')).toBeUndefined();
  });
});

describe('regimesExpecting', () => {
  it('lists the regimes whose assessors expect a WAF', () => {
    expect(kb.regimesExpecting('waf').sort()).toEqual(['fedramp', 'hipaa', 'pci-dss', 'soc2']);
  });
});
