// "Good, because …" lower-cases an ordinary first word but keeps names and acronyms as they are written.
import { describe, expect, it } from 'vitest';
import { lower } from '../../../../src/core/render/adr/render-adr.js';

describe('consequence casing', () => {
  it.each([
    ['Entra ID integration for single sign-on', 'Entra ID integration for single sign-on'],
    ['Cloud Run gives serverless containers', 'Cloud Run gives serverless containers'],
    ['IAM roles per service', 'IAM roles per service'],
    ['GitHub hosts the code', 'GitHub hosts the code'],
    ['Security groups are easy to audit', 'security groups are easy to audit'],
    ['Simple to run', 'simple to run'],
  ])('%s → %s', (input, want) => {
    expect(lower(input)).toBe(want);
  });
});
