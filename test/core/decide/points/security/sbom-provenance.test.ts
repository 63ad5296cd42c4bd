// Table-driven tests for security.sbom-provenance: invented shipped products and what each release carries.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.sbom-provenance';

describe(ID, () => {
  it.each<[string, ProfileSpec, string]>([
    ['a product operators install: an SBOM per release', { archetype: 'self-hosted-distributable', languages: ['go'] }, 'sbom-per-release'],
    [
      'a regulated product: SBOM plus signed provenance',
      { archetype: 'self-hosted-distributable', compliance: ['soc2'] },
      'slsa-provenance',
    ],
    [
      'a desktop app with nothing stated: an SBOM, as light as lockfiles alone',
      { archetype: 'client-app', frameworks: ['electron'] },
      'sbom-per-release',
    ],
  ])('%s', (_name, spec, choice) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
  });
});
