// Table-driven tests for cicd.release-security: invented shipped products and how their release job is protected.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.release-security';

describe(ID, () => {
  it.each<[string, ProfileSpec, string]>([
    ['nothing stated: a protected release job with short-lived credentials', { archetype: 'library-or-cli' }, 'protected-release-oidc'],
    [
      'a one-person project still keeps long-lived tokens out of the repository',
      { archetype: 'library-or-cli', teamSize: 1 },
      'protected-release-oidc',
    ],
    [
      'firmware under FedRAMP: an isolated signing runner',
      { archetype: 'embedded-device', compliance: ['fedramp'] },
      'isolated-signing-runner',
    ],
  ])('%s', (_name, spec, choice) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
  });
});
