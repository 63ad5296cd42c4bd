// Which decision points apply per archetype: invented products of each kind and the decision sets they get.
import { describe, expect, it } from 'vitest';
import { domainsNotApplicable, notApplicableReason } from '../../../src/core/decide/applicability.js';
import { decideAll } from '../../../src/core/decide/decide.js';
import { findPoint, POINTS } from '../../../src/core/decide/registry.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../../src/core/review/review.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

/** Points about building and shipping software, whatever the product is. */
const SHIPPING = [
  'cicd.pipeline-platform',
  'cicd.promotion',
  'collaboration.change-management',
  'collaboration.ownership',
  'collaboration.support-model',
  'environments.local-dev',
  'security.supply-chain',
];
/** Points about software others install: signing, distribution, updates, release security, telemetry consent. */
const RELEASE = [
  'cicd.build-matrix',
  'cicd.distribution-channel',
  'cicd.release-security',
  'cicd.update-channel',
  'compute.companion-service',
  'observability.crash-telemetry',
  'security.artefact-signing',
  'security.sbom-provenance',
];
const ALL = POINTS.map((p) => p.meta.id);
const HOSTED = ALL.filter((id) => !RELEASE.includes(id));

describe('decision points declare where they apply', () => {
  it.each<[string, ProfileSpec, string[]]>([
    [
      'hosted web service: today’s domains, nothing to ship',
      { archetype: 'hosted-service', cloudProviders: ['aws'], dataStores: ['postgresql'] },
      HOSTED,
    ],
    ['no archetype read: treated as hosted', { cloudProviders: ['aws'] }, HOSTED],
    [
      'hosted service with a store-listed mobile client: today’s domains and the release points',
      { archetype: 'hosted-service', cloudProviders: ['aws'], services: ['app-store'] },
      ALL,
    ],
    [
      'offline desktop app with an embedded database',
      { archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] },
      [...SHIPPING, ...RELEASE, 'data.primary-database'],
    ],
    ['firmware on field devices', { archetype: 'embedded-device', languages: ['c'] }, [...SHIPPING, ...RELEASE]],
    [
      'single-binary product customers install on their own servers',
      { archetype: 'self-hosted-distributable', languages: ['go'], cloudProviders: ['on-prem'] },
      [...SHIPPING, ...RELEASE, 'cloud.primary-platform'],
    ],
    [
      'Helm chart for operators’ clusters: the stated runtime and packaging are kept',
      { archetype: 'self-hosted-distributable', compute: ['kubernetes'], iacTools: ['helm'] },
      [...SHIPPING, ...RELEASE, 'compute.runtime', 'cicd.iac-tool'],
    ],
    ['library published to a registry', { archetype: 'library-or-cli', languages: ['rust'] }, [...SHIPPING, ...RELEASE]],
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
    expect(na.map((n) => n.domain).sort()).toEqual(['cloud', 'cost', 'data', 'dr', 'evolution', 'network']);
    for (const n of na)
      expect(n.reason).toMatch(/^Not applicable: the product runs on devices in the field and the inputs name no backend the team runs\.$/);
    expect(deriveModel(p, decideAll(p)).notApplicable).toEqual(na);
    expect(domainsNotApplicable(POINTS, makeProfile({ archetype: 'hosted-service' }))).toEqual([]);
  });

  it('gives a release point’s reason for a hosted service', () => {
    expect(notApplicableReason(findPoint('cicd.update-channel')!, makeProfile({ archetype: 'hosted-service' }))).toBe(
      'the team hosts the service, so nothing is shipped to users to install',
    );
  });

  it('draws no cloud edge, WAF or standby region for a product the team does not host', () => {
    const p = makeProfile({ archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] });
    const m = deriveModel(p, decideAll(p));
    expect(m.security.waf).toBeNull();
    expect(m.regions.filter((r) => r.role !== 'primary')).toEqual([]);
  });

  it('raises no concern whose remedy lies in a domain that does not apply (no DR or budget review for a library)', () => {
    const p = makeProfile({ archetype: 'library-or-cli', languages: ['rust'], rtoMinutes: 5, availability: 99.99 });
    const d = decideAll(p);
    const rules = reviewArchitecture(p, d, deriveModel(p, d)).map((c) => c.rule);
    for (const r of ['rto-unreachable', 'availability-unreachable', 'budget-unknown', 'dr-objectives-missing'])
      expect(rules).not.toContain(r);
  });
});
