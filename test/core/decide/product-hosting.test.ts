// Who runs what, one fact per profile: the team operates a system; nothing of the design is hosted at all.
import { describe, expect, it } from 'vitest';
import { productHosting } from '../../../src/core/decide/applicability.js';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { makeRuleContext } from '../../../src/core/review/rule-context.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

describe('productHosting: one fact the model keeps and every reader asks', () => {
  it.each<[string, ProfileSpec, boolean, boolean]>([
    ['hosted service', { archetype: 'hosted-service', cloudProviders: ['aws'] }, true, false],
    ['no archetype read: hosted', { cloudProviders: ['gcp'] }, true, false],
    ['desktop app, nothing hosted', { archetype: 'client-app', frameworks: ['electron'] }, false, true],
    ['mobile app beside a backend on a PaaS', { archetype: 'client-app', cloudProviders: ['vercel'] }, true, false],
    ['library others import', { archetype: 'library-or-cli', languages: ['rust'] }, false, true],
    ['firmware', { archetype: 'embedded-device', languages: ['c'] }, false, true],
    ['self-hosted distributable: customers run it, its design is still a system', { archetype: 'self-hosted-distributable' }, false, false],
    ['self-hosted product with a hosted licence backend', { archetype: 'self-hosted-distributable', cloudProviders: ['aws'] }, true, false],
  ])('%s', (_name, spec, teamOperates, shipsOnly) => {
    const profile = makeProfile(spec);
    expect(productHosting(profile)).toEqual({ teamOperates, shipsOnly });
    const decisions = decideAll(profile);
    const model = deriveModel(profile, decisions);
    expect(model.hosting).toEqual({ teamOperates, shipsOnly });
    // The review reads the model's fact, not a copy of the rule.
    expect(makeRuleContext(profile, decisions, model).teamOperates()).toBe(teamOperates);
    if (shipsOnly) expect(model.compute).toEqual([]);
  });

  it('a model.json written before the fact existed is read from the profile the same way', () => {
    const profile = makeProfile({ archetype: 'self-hosted-distributable' });
    const decisions = decideAll(profile);
    const { hosting: _omitted, ...older } = deriveModel(profile, decisions);
    expect(makeRuleContext(profile, decisions, older).teamOperates()).toBe(false);
  });
});
