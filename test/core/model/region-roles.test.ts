// The role of each further region the inputs name comes from the typed attributes of the residency and DR decisions (not option ids).
import { describe, expect, it } from 'vitest';
import { deriveRegions } from '../../../src/core/model/derive-regions.js';
import { DecisionLookup } from '../../../src/core/model/decision-lookup.js';
import { makeDecisions } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

const roles = (choices: Record<string, string>, extra: Parameters<typeof makeDecisions>[1] = {}) => {
  const assumptions: string[] = [];
  const regions = deriveRegions(
    makeProfile({ regions: ['eu-west-1', 'us-east-1'] }),
    new DecisionLookup(makeDecisions(choices, extra)),
    assumptions,
  );
  return regions.map((r) => r.role);
};

describe('roles of the named regions', () => {
  it.each([
    [{ 'data.residency': 'regional-cells' }, ['primary', 'primary']],
    [{ 'data.residency': 'no-constraint' }, ['primary']],
    [{ 'dr.strategy-tier': 'warm-standby' }, ['primary', 'secondary']],
  ])('%j gives %j', (choices, expected) => {
    expect(roles(choices)).toEqual(expected);
  });

  it('reads the typed attribute, not the option id: a stated cell layout under another id still makes cells', () => {
    expect(roles({ 'data.residency': 'tenant-cells' }, { id: 'data.residency', attributes: { cellPerJurisdiction: true } })).toEqual([
      'primary',
      'primary',
    ]);
  });
});
