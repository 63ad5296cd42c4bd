// Each stated requirement is traced once: its row keeps the keys of the facts merged into it, so each table finds its decisions.
import { describe, expect, it } from 'vitest';
import { decisionsCell, traceOf, traceRows } from '../../../src/core/render/traceability.js';
import { makeProfile } from '../../helpers/make-profile.js';
import { makeDecisions } from '../../helpers/make-model.js';

describe('traceability rows', () => {
  const text = 'Ledger entries are kept for seven years';
  const profile = makeProfile({ availability: 99.5, nfrs: [{ text, category: 'compliance' }] });
  // The same sentence read as a constraint too: one row, found by either key.
  profile.constraints.push({
    id: 'c-ledger',
    kind: 'must',
    text,
    subjects: [],
    source: 'guidelines',
    evidence: [{ file: 'docs/prd.md', line: 40, quote: text }],
  });
  const decisions = makeDecisions({ 'cloud.region-strategy': 'single-region-multi-az', 'security.encryption': 'provider-managed' });
  const rows = traceRows(profile, decisions);

  it('merges a constraint that restates an NFR into the NFR row', () => {
    expect(rows.filter((r) => r.requirement.endsWith(text))).toHaveLength(1);
    expect(traceOf(rows, `constraint:${text}`)).toBe(traceOf(rows, 'nfr:NFR1'));
  });

  it.each([
    ['availability', true],
    ['nfr:NFR1', true],
    ['rto', false],
  ])('finds the row of %s: %s', (key, found) => {
    expect(!!traceOf(rows, key)).toBe(found);
    if (!found) expect(decisionsCell(rows, key)).toBe('—');
  });
});
