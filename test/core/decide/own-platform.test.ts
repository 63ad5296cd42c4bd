// A provider's own service reads its provider from its catalogue record: rejected off that provider, favoured on it.
import { afterEach, describe, expect, it } from 'vitest';
import { ownPlatform } from '../../../src/core/decide/own-platform.js';
import { builtinCatalogue, useCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';
import { decideOne } from '../../helpers/decide-one.js';

afterEach(() => useCatalogue(null));

describe('the own platform of an option, from its record', () => {
  it.each([
    ['cloudwatch', { provider: 'aws', family: 'aws', platforms: ['aws'] }],
    ['azure-key-vault', { provider: 'azure', family: 'azure', platforms: ['azure'] }],
    // Firebase runs inside a Google Cloud project: its record names gcp as provider, so Google services count there.
    ['gcp-secret-manager', { provider: 'gcp', family: 'gcp', platforms: ['gcp', 'firebase'] }],
    ['vercel-deployments', { provider: 'vercel', family: 'paas', platforms: ['vercel'] }],
    ['prometheus', null],
  ])('%s -> %j', (id, expected) => {
    expect(ownPlatform({ id })).toEqual(expected);
  });

  it("reads a pack's record when a run asks", () => {
    const harbour = { id: 'harbour-metrics', name: 'Harbour Metrics', kind: 'managed-service' as const, category: 'services' as const };
    useCatalogue(
      new Catalogue(mergeCatalogue(builtinCatalogue().data, { technologies: [{ ...harbour, provider: 'azure', slots: ['telemetry'] }] })),
    );
    expect(ownPlatform({ id: 'harbour-metrics' })?.family).toBe('azure');
  });
});

describe('options that need their provider, in a decision', () => {
  const metrics = (clouds: string[]) => decideOne('observability.metrics', { cloudProviders: clouds });
  const reason = (clouds: string[], option: string) => metrics(clouds).rejected.find((r) => r.id === option)?.reason ?? null;
  it.each([
    [['gcp'], 'cloudwatch', /AWS service/],
    [['aws'], 'cloud-monitoring', /GCP or Firebase service/],
    [['firebase'], 'cloud-monitoring', null],
    [['aws'], 'cloudwatch', null],
  ])('on %j, %s is ruled out: %s', (clouds, option, why) => {
    const r = reason(clouds, option);
    if (why) expect(r).toMatch(why);
    else expect(r).toBeNull();
  });

  it('gains the own-platform weight, with its reason, on the platform settled on evidence', () => {
    const d = metrics(['aws']);
    expect(d.choice).toBe('cloudwatch');
    expect(d.explain.some((e) => e.option === 'cloudwatch' && e.delta === 4 && /the platform is AWS/.test(e.reason))).toBe(true);
  });
});
