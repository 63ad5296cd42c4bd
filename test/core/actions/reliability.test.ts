// Reliability: the composite is the product of the path's SLAs; error budget and RTO follow from the stated targets.
import { describe, expect, it } from 'vitest';
import { corpusProfile } from './corpus-profile.js';
import { figure, runAction } from './run-action.js';

describe('reliability (action 5)', () => {
  it('cwe-chatbot: 99.9 % allows 43 minutes a month; the composite is the product of the table', () => {
    const r = runAction('reliability', corpusProfile('cwe-chatbot--cwe-chatbot'), 'dr');
    const rows = r.table!.slice(1, -1);
    const product = rows.reduce((a, row) => a * (figure(row[2]) / 100), 1) * 100;
    expect(figure(r.table![r.table!.length - 1][2])).toBeCloseTo(product, 3);
    expect(r.findings[0]).toMatch(/Target 99\.9% .* allows 43 min of downtime a month/);
    expect(r.findings.some((f) => /Stated RTO 5 minutes/.test(f))).toBe(true);
  });

  it('genesis: the one VM and its single cache node are single points of failure', () => {
    const r = runAction('reliability', corpusProfile('hookey13--genesis'), 'dr');
    const spof = r.findings.find((f) => f.startsWith('Single points of failure'))!;
    expect(spof).toMatch(/one instance serves all traffic/);
    expect(spof).toMatch(/cache .*one node/i);
  });

  it('no target stated: says so and reports what the design supports', () => {
    const r = runAction('reliability', corpusProfile('supportsignal--app.supportsignal.com.au'), 'dr');
    expect(r.findings[0]).toMatch(/No availability target is stated/);
  });
});
