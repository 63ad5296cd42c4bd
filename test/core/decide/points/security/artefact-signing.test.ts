// Table-driven tests for security.artefact-signing: invented shipped products and how their artefacts are signed.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.artefact-signing';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    [
      'a desktop app: platform code signing and notarisation',
      { archetype: 'client-app', frameworks: ['electron'] },
      'platform-code-signing',
      ['verified-boot'],
    ],
    ['firmware: verified boot', { archetype: 'embedded-device', languages: ['c'] }, 'verified-boot', ['platform-code-signing']],
    [
      'images for operators: Sigstore keyless',
      { archetype: 'self-hosted-distributable', compute: ['docker'] },
      'sigstore-keyless',
      ['platform-code-signing'],
    ],
    ['a library: detached signatures', { archetype: 'library-or-cli', languages: ['rust'] }, 'detached-signatures'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
    for (const r of rejected) expect(d.rejected.map((x) => x.id)).toContain(r);
  });
});
