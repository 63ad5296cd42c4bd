// Region questions answered from the catalogue: one jurisdiction test for every stage (invented region spellings).
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';

const kb = builtinCatalogue();

describe('jurisdictionOf', () => {
  it.each([
    ['eu-west-1', 'eu'],
    ['europe-west4', 'eu'],
    ['fra1', 'eu'],
    ['ams3', 'eu'],
    ['westeurope', 'eu'],
    ['frankfurt', 'eu'],
    ['eu', 'eu'],
    ['nbg1', 'eu'],
    ['us-east-1', 'us'],
    ['san-francisco', 'us'],
    ['sfo3', 'us'],
    ['eastus2', 'us'],
    ['us', 'us'],
    ['ap-southeast-2', 'apac'],
    ['sgp1', 'apac'],
    ['apac', 'apac'],
    ['ca-central-1', 'ca'],
    ['tor1', 'ca'],
    ['sa-east-1', 'latam'],
    ['me-south-1', 'mea'],
    ['africa-south1', 'mea'],
  ])('%s is in %s', (region, area) => {
    expect(kb.jurisdictionOf(region)).toBe(area);
  });

  it.each(['francisco-bay', 'mars-north-1', 'primary', 'nordics-lab'])('%s has no known jurisdiction', (region) => {
    expect(kb.jurisdictionOf(region)).toBeNull();
  });

  it('answers the EU question with the same test everywhere', () => {
    expect(['eu-central-1', 'san-francisco', 'lon1'].map((r) => kb.isEuRegion(r))).toEqual([true, false, true]);
  });
});

describe('textNamesJurisdiction', () => {
  it.each<[string, boolean]>([
    ['Customer data must stay in Frankfurt', true],
    ['All personal data is kept within the EEA', true],
    ['Hosting in a European region only', true],
    ['Data is stored in the UK', true],
    ['Data is stored in us-east-1', false],
    ['Data is stored near our users in San Francisco', false],
    ['The user euphoria metric is tracked', false],
  ])('%s → %s', (text, eu) => {
    expect(kb.textNamesJurisdiction(text, 'eu')).toBe(eu);
  });
});
