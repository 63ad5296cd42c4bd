// Table-driven tests for environments.test-data: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'environments.test-data';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: synthetic seed data', {}, 'synthetic-seed'],
    ['microservices, nothing regulated: contract fixtures', { style: 'microservices' }, 'contract-fixtures'],
    ['HIPAA microservices: synthetic data first', { style: 'microservices', compliance: ['hipaa'] }, 'synthetic-seed'],
    [
      'large data set with a performance stage: masked snapshots',
      {
        users: 200000,
        scale: [{ kind: 'data-volume-gb', value: 1000, text: '1 TB', evidence: [{ file: 'docs/prd.md', line: 9, quote: '1 TB' }] }],
      },
      'masked-snapshots',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
