import { describe, expect, it } from 'vitest';
import { severity, type SeverityInputs } from '../../../src/core/review/severity.js';

describe('severity', () => {
  it.each<[string, SeverityInputs, 'red' | 'yellow' | 'green']>([
    ['critical and certain', { impact: 4, likelihood: 3, basis: 'stated' }, 'red'],
    ['major and certain', { impact: 3, likelihood: 3, basis: 'stated' }, 'red'],
    ['major and probable', { impact: 3, likelihood: 2, basis: 'stated' }, 'yellow'],
    ['major and probable with regulated data', { impact: 3, likelihood: 2, regulated: true, basis: 'stated' }, 'red'],
    ['moderate and certain', { impact: 2, likelihood: 3, basis: 'stated' }, 'yellow'],
    ['minor and certain', { impact: 1, likelihood: 3, basis: 'stated' }, 'green'],
    ['off the production path', { impact: 3, likelihood: 3, production: false, basis: 'stated' }, 'yellow'],
    ['missing information never blocks', { impact: 4, likelihood: 3, regulated: true, basis: 'missing' }, 'yellow'],
    ['small missing information is a note', { impact: 1, likelihood: 2, basis: 'missing' }, 'green'],
  ])('%s', (_n, s, level) => expect(severity(s)).toBe(level));

  it('is monotonic in impact and likelihood', () => {
    const rank = { green: 0, yellow: 1, red: 2 };
    for (const i of [1, 2, 3] as const)
      for (const l of [1, 2, 3] as const) {
        const base = rank[severity({ impact: i, likelihood: l, basis: 'stated' })];
        expect(rank[severity({ impact: (i + 1) as 2 | 3 | 4, likelihood: l, basis: 'stated' })]).toBeGreaterThanOrEqual(base);
        if (l < 3) expect(rank[severity({ impact: i, likelihood: (l + 1) as 2 | 3, basis: 'stated' })]).toBeGreaterThanOrEqual(base);
      }
  });
});
