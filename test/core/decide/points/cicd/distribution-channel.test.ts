// Table-driven tests for cicd.distribution-channel: invented shipped products and where each is published.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.distribution-channel';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['a SwiftUI app: the app stores', { archetype: 'client-app', frameworks: ['swiftui'] }, 'app-stores'],
    ['an app the inputs list in Google Play: committed', { archetype: 'client-app', services: ['google-play'] }, 'app-stores'],
    [
      'a desktop app with nothing stated: GitHub Releases, the lightest channel',
      { archetype: 'client-app', frameworks: ['electron'] },
      'github-releases',
    ],
    ['a library: its ecosystem registry', { archetype: 'library-or-cli', languages: ['python'] }, 'package-registry', ['oci-registry']],
    [
      'a Helm-installed product: an OCI registry',
      { archetype: 'self-hosted-distributable', iacTools: ['helm'] },
      'oci-registry',
      ['app-stores', 'package-registry'],
    ],
    [
      'a device that must work offline: an offline bundle',
      { archetype: 'embedded-device', nfrs: [{ text: 'The payload must be fully operational offline, with no cloud dependency.' }] },
      'offline-media',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
    for (const r of rejected) expect(d.rejected.map((x) => x.id)).toContain(r);
  });
});
