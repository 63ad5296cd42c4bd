// A requirement id spelled like a short product name ("NFR-S3", "S1–S3") is not the product; "AWS-S3" still is.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { defaultMatcher, isItemId } from '../../../src/core/extract/tech-hits.js';

describe('item ids are not names', () => {
  it.each([
    ['NFR-S3: secrets live in the vault', 'S3', true],
    ['Security rows S1–S3 hold', 'S3', true],
    ['Requirements S3-S5 cover uploads', 'S3', true],
    ['Files go to AWS-S3 buckets', 'S3', false],
    ['Files go to S3 buckets', 'S3', false],
    ['Objects are stored in R2', 'R2', false],
  ])('%s', (text, name, want) => {
    const start = text.indexOf(name);
    expect(isItemId(text, start, start + name.length, defaultMatcher())).toBe(want);
  });

  it('a requirements table of ids commits no object store', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# PRD\n\n## Non-Functional Requirements\n\n- **NFR-S3:** credentials are kept out of the repository\n\n| Area | IDs |\n| --- | --- |\n| Security | S1–S3 |\n',
    );
    const p = profileOf(prd);
    expect([ids(p.dataStores), ids(p.cloudProviders)]).toEqual([[], []]);
  });
});
