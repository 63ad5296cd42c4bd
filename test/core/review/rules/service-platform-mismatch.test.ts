// Table-driven cases for the service-platform-mismatch reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'service-platform-mismatch';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['Cloud Run in an AWS architecture', { model: { compute: [unit('api', 'cloud-run')] } }, 'red'],
    ['Cosmos DB in an AWS architecture', { model: { dataStores: [store('db', 'cosmos-db')] } }, 'yellow'],
    [
      'S3 used from a GCP architecture',
      {
        model: {
          platform: { primary: 'gcp', providers: ['gcp'] },
          compute: [unit('api', 'cloud-run')],
          dataStores: [store('files', 's3')],
        },
      },
      'green',
    ],
    ['native services only', {}, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
