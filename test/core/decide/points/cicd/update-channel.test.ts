// Table-driven tests for cicd.update-channel: invented shipped products and how each receives and rolls back updates.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.update-channel';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['a store app: phased release', { archetype: 'client-app', services: ['app-store'] }, 'store-phased-release'],
    [
      'a desktop app outside stores: a signed update feed',
      { archetype: 'client-app', frameworks: ['electron'] },
      'signed-update-feed',
      ['store-phased-release', 'ota-ab-partitions'],
    ],
    ['a device fleet: A/B over-the-air updates', { archetype: 'embedded-device', languages: ['c'] }, 'ota-ab-partitions'],
    [
      'a product operators install: versions they pull',
      { archetype: 'self-hosted-distributable', languages: ['go'] },
      'operator-pulled-versions',
      ['ota-ab-partitions'],
    ],
    ['a library: versions developers pull', { archetype: 'library-or-cli', languages: ['rust'] }, 'operator-pulled-versions'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
    for (const r of rejected) expect(d.rejected.map((x) => x.id)).toContain(r);
  });
});
