// Which decision points apply per archetype: invented products of each kind and the decision sets they get.
import { describe, expect, it } from 'vitest';
import { domainsNotApplicable } from '../../../src/core/decide/applicability.js';
import { decideAll } from '../../../src/core/decide/decide.js';
import { POINTS } from '../../../src/core/decide/registry.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const SHIPPING = [
  'cicd.pipeline-platform',
  'cicd.promotion',
  'collaboration.change-management',
  'collaboration.ownership',
  'collaboration.support-model',
  'compute.container-registry',
  'data.primary-database',
  'environments.local-dev',
  'security.supply-chain',
];
const ALL = POINTS.map((p) => p.meta.id).sort();

describe('decision points declare where they apply', () => {
  it.each<[string, ProfileSpec, string[]]>([
    ['hosted web service keeps every domain', { archetype: 'hosted-service', cloudProviders: ['aws'], dataStores: ['postgresql'] }, ALL],
    ['no archetype read: treated as hosted', { cloudProviders: ['aws'] }, ALL],
    ['offline desktop app', { archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] }, SHIPPING],
    ['firmware on field devices', { archetype: 'embedded-device', languages: ['c'] }, SHIPPING],
    [
      'single-binary product customers install (service points kept for its operators, for now)',
      { archetype: 'self-hosted-distributable', languages: ['go'], cloudProviders: ['on-prem'] },
      ALL,
    ],
    ['library published to a registry', { archetype: 'library-or-cli', languages: ['rust'] }, SHIPPING],
    [
      'mobile app whose team runs a backend on a PaaS',
      { archetype: 'client-app', cloudProviders: ['railway'], dataStores: ['postgresql'] },
      ALL,
    ],
  ])('%s', (_name, spec, expected) => {
    expect(
      decideAll(makeProfile(spec))
        .map((d) => d.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('states each domain that does not apply, in one line with the reason', () => {
    const p = makeProfile({ archetype: 'embedded-device', languages: ['c'] });
    const na = domainsNotApplicable(POINTS, p);
    expect(na.map((n) => n.domain).sort()).toEqual(['cloud', 'cost', 'dr', 'evolution', 'network', 'observability']);
    for (const n of na)
      expect(n.reason).toMatch(/^Not applicable: the product runs on devices in the field and the inputs name no backend the team runs\.$/);
    expect(deriveModel(p, decideAll(p)).notApplicable).toEqual(na);
    expect(domainsNotApplicable(POINTS, makeProfile({ archetype: 'hosted-service' }))).toEqual([]);
  });

  it('draws no cloud edge, WAF or standby region for a product the team does not host', () => {
    const p = makeProfile({ archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] });
    const m = deriveModel(p, decideAll(p));
    expect(m.security.waf).toBeNull();
    expect(m.regions.filter((r) => r.role !== 'primary')).toEqual([]);
  });
});
