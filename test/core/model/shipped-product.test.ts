// Software others install, with no backend the team runs: no hosted units, environments that prove and publish builds, a release pipeline.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const model = (spec: ProfileSpec) => {
  const p = makeProfile(spec);
  return deriveModel(p, decideAll(p));
};

describe('a product the team does not host', () => {
  it.each<[string, ProfileSpec]>([
    [
      'a Python command-line tool',
      { archetype: 'library-or-cli', languages: ['python'], frameworks: ['fastapi'], ciCd: ['github-actions'] },
    ],
    ['a desktop app', { archetype: 'client-app', languages: ['rust'], frameworks: ['tauri', 'react'], dataStores: ['sqlite'] }],
    ['device firmware', { archetype: 'embedded-device', languages: ['cpp'] }],
  ])('%s: no hosted unit, CI and release stages, a release pipeline', (_n, spec) => {
    const m = model(spec);
    expect(m.compute.filter((c) => c.role === 'api' || c.role === 'frontend')).toEqual([]);
    expect(m.environments.map((e) => e.id).filter((id) => id !== 'local')).toEqual(['ci', 'release']);
    const stages = m.pipelines[0].stages.map((s) => s.id);
    expect(stages).toContain('publish');
    expect(stages.some((s) => s.startsWith('deploy-'))).toBe(false);
    expect(m.pipelines[0].name).toMatch(/^Release pipeline/);
  });

  it('a client app whose team also runs a backend keeps its hosted units and environments', () => {
    const m = model({
      archetype: 'client-app',
      cloudProviders: ['aws'],
      compute: ['aws-lambda'],
      frameworks: ['react-native'],
      languages: ['typescript'],
    });
    expect(m.compute.some((c) => c.role === 'api')).toBe(true);
    expect(m.environments.map((e) => e.id)).toContain('prod');
  });

  it('a hosted service is unchanged', () => {
    const m = model({ archetype: 'hosted-service', cloudProviders: ['aws'], frameworks: ['react', 'fastapi'], languages: ['python'] });
    expect(m.environments.map((e) => e.id)).toContain('prod');
    expect(m.pipelines[0].stages.some((s) => s.id === 'deploy-prod')).toBe(true);
  });
});
