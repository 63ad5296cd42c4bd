// Cost figures follow from the load model and the price table, and the totals add up.
import { describe, expect, it } from 'vitest';
import { priceTable } from '../../../src/core/actions/prices.js';
import { corpusProfile, scaleFact } from './corpus-profile.js';
import { figure, runAction } from './run-action.js';

describe('cost analysis (action 4)', () => {
  it('voice-agent: 10 concurrent calls → 0.86 million requests a month; Lambda cost is requests × the per-million price', () => {
    const r = runAction('cost-analysis', corpusProfile('bobert39--voice-agent', { scale: [scaleFact('concurrent-users', 10)] }));
    // 1 request/s peak, peak:average 3 → 864,000 requests in 30 days.
    expect(r.summary).toMatch(/0\.86 million requests a month/);
    const fn = r.table!.find((row) => /requests \+ compute time/.test(row[0]))!;
    expect(figure(fn[3])).toBe(Math.round(0.864 * priceTable().functionPerMillion));
    expect(fn[1]).toBe('usage');
  });

  it('every total is the sum of its lines at each usage level', () => {
    const r = runAction(
      'cost-analysis',
      corpusProfile('discard-technologies--discard', { scale: [scaleFact('transactions-per-minute', 10000)] }),
    );
    const rows = r.table!.slice(1, -1);
    const total = r.table![r.table!.length - 1];
    for (const col of [2, 3, 4]) {
      const sum = rows.reduce((a, row) => a + figure(row[col]), 0);
      expect(Math.abs(sum - figure(total[col]))).toBeLessThanOrEqual(rows.length); // rounding per line
    }
    expect(r.assumptions[0]).toMatch(/indicative on-demand list prices/);
  });

  it('siteproof: compares moderate usage with the stated budget', () => {
    const r = runAction('cost-analysis', corpusProfile('ferymad--siteproof', { scale: [scaleFact('concurrent-users', 100)], budget: 45 }));
    expect(r.findings[0]).toMatch(/a month, (within|over) the stated budget of \$45\/month/);
  });

  it('hyperscaler stacks get a commitment-discount lever worth 30 % of the always-on items', () => {
    const r = runAction('cost-analysis', corpusProfile('cwe-chatbot--cwe-chatbot', { scale: [scaleFact('users', 50000)] }));
    expect(r.findings.some((f) => /one-year commitment/.test(f) && /\(30 %\)/.test(f))).toBe(true);
  });
});
