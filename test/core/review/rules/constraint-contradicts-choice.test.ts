// Table-driven pairs for constraint-contradicts-choice: a stated refusal against the typed attributes of each chosen option.
import { describe, expect, it } from 'vitest';
import { negativeConstraints } from '../../../../src/core/review/cross-check/negative-statement.js';
import type { Decision } from '../../../../src/core/types.js';
import { makeDecisions } from '../../../helpers/make-model.js';
import { expectWellFormed, runRule, worst } from '../run-rule.js';

const ID = 'constraint-contradicts-choice';
const committed = (ds: Decision[]) => ds.map((d) => ({ ...d, basis: 'committed' as const }));

describe(ID, () => {
  it.each<[string, string, Record<string, string>, boolean, 'red' | 'none', string | null]>([
    [
      '"must run on-premises" against a hyperscaler the tool chose',
      'The system must be deployed entirely on-premises.',
      { 'cloud.primary-platform': 'aws' },
      false,
      'red',
      'choiceBreaks',
    ],
    [
      '"must run on-premises" against a hyperscaler the inputs commit to: the inputs disagree',
      'The system must run on-premises at the customer site.',
      { 'cloud.primary-platform': 'aws' },
      true,
      'red',
      'inputsDisagree',
    ],
    [
      '"no cloud dependency" against an embedded database and a hosted CI',
      'There must be no cloud dependency at run time.',
      { 'data.primary-database': 'sqlite', 'cicd.pipeline-platform': 'github-actions' },
      false,
      'none',
      null,
    ],
    [
      '"no vendor lock-in" against a proprietary document database',
      'Avoid vendor lock-in wherever possible.',
      { 'data.primary-database': 'dynamodb' },
      false,
      'red',
      'choiceBreaks',
    ],
    [
      '"no vendor lock-in" against PostgreSQL',
      'Avoid vendor lock-in wherever possible.',
      { 'data.primary-database': 'postgresql' },
      false,
      'none',
      null,
    ],
    [
      '"localhost only" against a CDN',
      'The service must bind only to localhost.',
      { 'network.edge': 'cloudfront' },
      false,
      'red',
      'choiceBreaks',
    ],
    [
      '"no new technologies" against a cache nobody named',
      'No new technologies may be introduced this year.',
      { 'data.cache': 'redis' },
      false,
      'red',
      'choiceBreaks',
    ],
    ['an ordinary must constraint', 'All traffic must use TLS 1.2 or later.', { 'cloud.primary-platform': 'aws' }, false, 'none', null],
  ])('%s', (_name, text, choices, isCommitted, level, messageId) => {
    const base = makeDecisions(choices);
    const concerns = runRule(ID, {
      decisions: isCommitted ? committed(base) : base,
      decorate: (p) =>
        p.constraints.push({
          id: 'c1',
          kind: 'must',
          text,
          subjects: [],
          source: 'guidelines',
          evidence: [{ file: 'docs/guidelines.md', line: 4, quote: text }],
        }),
    });
    expect(worst(concerns)).toBe(level);
    expect(concerns.map((c) => c.messageId)).toEqual(messageId ? [messageId] : []);
    expectWellFormed(ID, concerns);
    // Both sides are named: the statement with its line, and the offending decision.
    for (const k of concerns) {
      expect(k.data?.statementAt).toBe('docs/guidelines.md:4');
      expect(String(k.data?.choices)).toContain(Object.keys(choices)[0]!);
    }
  });

  it.each<[string, string[]]>([
    ['No cloud dependency: everything runs in the plant.', ['no-cloud']],
    ['The product works fully offline.', ['no-cloud']],
    ['Offline-first mobile app that syncs when online.', []],
    ['The app functions fully offline with automatic sync.', []],
    ['Shall be hosted on-premises only; no vendor lock-in.', ['no-cloud', 'no-lock-in']],
    ['The admin UI is available on localhost only.', ['localhost-only']],
    ['Stick to the existing stack for the MVP.', ['no-new-technology']],
    ['Local-only storage of credentials on the device.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(negativeConstraints(text)).toEqual(kinds);
  });
});
