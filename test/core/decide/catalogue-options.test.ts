// A hosting platform the catalogue knows but no hand-written option covers is still chosen when the inputs name it.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { catalogueCandidates } from '../../../src/core/decide/catalogue-options.js';
import { findPoint } from '../../../src/core/decide/registry.js';
import { makeProfile } from '../../helpers/make-profile.js';

describe('catalogue options', () => {
  it.each(['linode', 'ovhcloud', 'oracle-cloud', 'ibm-cloud'])(
    'a stack on %s keeps it as the platform, with no other provider in front',
    (cloud) => {
      const profile = makeProfile({
        cloudProviders: [cloud],
        dataStores: ['postgresql'],
        frameworks: ['react'],
        languages: ['typescript'],
      });
      const decisions = decideAll(profile);
      expect(decisions.find((d) => d.id === 'cloud.primary-platform')).toMatchObject({ choice: cloud, basis: 'committed' });
      const model = deriveModel(profile, decisions);
      expect(model.platform.primary).toBe(cloud);
      expect([...model.compute.map((c) => c.tech), ...model.dataStores.map((d) => d.tech)]).not.toContain('cloudfront');
      expect(model.platform.providers).not.toContain('aws');
    },
  );

  it('offers nothing extra when the inputs do not name the platform', () => {
    const decision = decideAll(makeProfile({ dataStores: ['postgresql'] })).find((d) => d.id === 'cloud.primary-platform')!;
    expect(decision.options.map((o) => o.id)).not.toContain('linode');
  });

  it('lets a user pick any catalogue platform, and only platforms', () => {
    const ids = catalogueCandidates(findPoint('cloud.primary-platform')!).map((o) => o.id);
    expect(ids).toContain('linode');
    expect(ids).not.toContain('aws');
    expect(ids).not.toContain('postgresql');
    const picked = decideAll(makeProfile({}), {
      choices: { 'cloud.primary-platform': 'linode' },
      priorities: [],
      constraints: [],
      notes: {},
    }).find((d) => d.id === 'cloud.primary-platform');
    expect(picked).toMatchObject({ choice: 'linode', basis: 'user' });
  });
});
