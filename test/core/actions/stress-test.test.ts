// Stress test figures follow from the stated scale: users → concurrent → requests/s → instances, connections, storage.
import { describe, expect, it } from 'vitest';
import { corpusProfile, scaleFact } from './corpus-profile.js';
import { figure, runAction } from './run-action.js';

describe('stress test (action 2)', () => {
  it('discard: 10,000 transactions/minute is 167 requests/s; PostgreSQL connections break first at 12x', () => {
    const r = runAction(
      'stress-test',
      corpusProfile('discard-technologies--discard', {
        scale: [scaleFact('concurrent-users', 100000), scaleFact('transactions-per-minute', 10000)],
      }),
    );
    const [, x1, x10, x100] = r.table!;
    expect(x1.slice(0, 3)).toEqual(['1x', '100,000', '167']);
    expect(figure(x10[2])).toBe(1667);
    expect(figure(x100[2])).toBe(16667);
    // 16,667 requests/s at 200 per instance → 84 instances, 10 connections each.
    expect(x100[3]).toBe('84 instances');
    expect(figure(x100[4])).toBe(840);
    expect(x100[6]).toMatch(/840 connections > 100/);
    expect(r.findings[0]).toMatch(/^First to break: PostgreSQL — PostgreSQL default max_connections \(100\) — at about 12x/);
  });

  it('cwe-chatbot: 50,000 users → 5,000 concurrent → 500 requests/s → 3 Cloud Run instances; the database breaks at 4x', () => {
    const r = runAction('stress-test', corpusProfile('cwe-chatbot--cwe-chatbot', { scale: [scaleFact('users', 50000)] }));
    const x1 = r.table![1];
    expect(x1.slice(1, 5)).toEqual(['5,000', '500', '3 instances', '30']);
    // Storage: 500/3 average × 20 % writes × 2 KB × 30 days.
    expect(figure(x1[5])).toBe(Math.round(((500 / 3) * 0.2 * 2048 * 2592000) / 1e9));
    expect(r.findings[0]).toMatch(/postgresql.*at about 4x/i);
    expect(r.findings.some((f) => /Cloud Run default maximum instances/.test(f) && /40x/.test(f))).toBe(true);
  });

  it('genai-full-stack: 100 concurrent users on Lambda → concurrency 2.5; the 1,000 quota breaks at 400x', () => {
    const r = runAction(
      'stress-test',
      corpusProfile('jwnichols3--genai-full-stack-basic', { scale: [scaleFact('concurrent-users', 100)] }),
    );
    expect(r.table![1].slice(1, 4)).toEqual(['100', '10', '3 concurrent executions']);
    expect(r.findings[0]).toMatch(/AWS Lambda default regional concurrency quota \(1,000\) — at about 400x/);
  });

  it('genesis: 1,200 requests/minute on one VM with SQLite breaks at 10x, when a second instance is needed', () => {
    const r = runAction('stress-test', corpusProfile('hookey13--genesis', { scale: [scaleFact('requests-per-minute', 1200)] }));
    expect(r.table![1][2]).toBe('20');
    expect(r.findings[0]).toMatch(/at about 10x/);
    expect(r.table![3][6]).not.toBe('none');
  });

  it('no stated scale: the assumption is named and the figures use 1,000 users', () => {
    const r = runAction('stress-test', corpusProfile('co-cddo--ndx'));
    expect(r.summary).toMatch(/\[ASSUMPTION\] no scale stated/);
    expect(r.table![1].slice(1, 3)).toEqual(['100', '10']);
  });
});
