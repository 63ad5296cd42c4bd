// Table-driven tests for cicd.build-matrix: invented shipped products and the build set-up each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.build-matrix';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    [
      'a command-line tool: a matrix on hosted runners',
      { archetype: 'library-or-cli', languages: ['go'] },
      'hosted-runner-matrix',
      ['hardware-in-the-loop'],
    ],
    [
      'an iOS app built with Xcode Cloud: the vendor service',
      { archetype: 'client-app', languages: ['swift'], ciCd: ['xcode-cloud'] },
      'vendor-build-service',
    ],
    ['firmware for field devices: cross-compiled', { archetype: 'embedded-device', languages: ['c'] }, 'cross-build-multiarch'],
    [
      'a Helm-installed product: multi-architecture images',
      { archetype: 'self-hosted-distributable', iacTools: ['helm'] },
      'cross-build-multiarch',
    ],
    [
      'a desktop app with no mobile stack: the vendor service is ruled out',
      { archetype: 'client-app', frameworks: ['electron'] },
      'hosted-runner-matrix',
      ['vendor-build-service'],
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
    for (const r of rejected) expect(d.rejected.map((x) => x.id)).toContain(r);
  });
});
