// Regions the model picks under a residency statement: the platform's catalogue regions inside the area, on invented documents.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { kb } from '../../../src/core/knowledge/active.js';
import { doc, profileOf } from '../extract/helpers.js';

const architecture = (cloud: string, extra = '') =>
  `# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | ${cloud} |\n| Database | PostgreSQL |\n${extra}`;

describe('deriveRegions under a residency statement', () => {
  it.each<[string, string, string, string, string[]]>([
    ['Canada on AWS, no region named', 'AWS', 'Customer data must stay in Canada.', '', ['ca', 'ca']],
    ['India on AWS, no region named', 'AWS', 'Customer data must be stored in India.', '', ['in']],
    ['Australia on GCP, no region named', 'GCP', 'Records must never leave Australian jurisdiction (data sovereignty).', '', ['au']],
    ['no residency: placeholders stay', 'AWS', 'The product must be easy to use.', '', []],
    [
      'a named region is kept even outside the area (the review says so); the backup is picked inside',
      'AWS',
      'Customer data must stay in Canada.',
      '\n## Deployment\n\nProduction is deployed to the us-east-1 region.\n',
      ['us', 'ca'],
    ],
  ])('%s', (_name, cloud, constraint, extra, countries) => {
    const profile = profileOf(
      doc('docs/architecture.md', 'architecture', architecture(cloud, extra)),
      doc('docs/prd.md', 'prd', `# PRD\n\n## Constraints\n\n- ${constraint}\n`),
    );
    const model = deriveModel(profile, decideAll(profile));
    const placed = model.regions.map((r) => kb().countryOf(r.id)).filter((c): c is string => !!c);
    // Every region the model places has the stated country (none placed: only placeholders or unplaceable ids).
    expect([...new Set(placed)].sort()).toEqual([...new Set(countries)].sort());
    if (!countries.length) expect(model.regions.every((r) => /-region$/.test(r.id))).toBe(true);
  });
});
