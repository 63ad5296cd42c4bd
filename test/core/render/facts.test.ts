// Phrasing helpers: articles, lists, money, budgets, stated load, constraints once, placeholder regions.
import { describe, expect, it } from 'vitest';
import { article, budgetText, listOf, regionName, scaleSummary, uniqueConstraints } from '../../../src/core/render/facts.js';
import { makeProfile } from '../../helpers/make-profile.js';

describe('facts phrasing', () => {
  it.each([
    ['event-driven', 'an'],
    ['modular-monolith', 'a'],
    ['SaaS', 'a'],
    ['HTTP API', 'an'],
    ['unified', 'a'],
    ['hour', 'an'],
    ['ordinary', 'an'],
  ])('%s takes "%s"', (w, a) => {
    expect(article(w)).toBe(a);
  });

  it('joins lists and formats budgets', () => {
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listOf(['a'])).toBe('a');
    expect(budgetText({ monthly: 1500, currency: 'EUR' })).toBe('€1,500 a month');
    expect(budgetText({ monthly: 200, currency: 'CHF' })).toBe('CHF 200 a month');
  });

  it('summarises the stated load, users first', () => {
    const p = makeProfile({ users: 12000, concurrentUsers: 300 });
    expect(scaleSummary(p)).toBe('12,000 users, 300 concurrent at peak');
    expect(scaleSummary(makeProfile())).toBeNull();
  });

  it('lists a constraint read both as a must and a must-not once, as the prohibition', () => {
    const p = makeProfile();
    const e = [{ file: 'docs/g.md', line: 4, quote: 'x' }];
    p.constraints = [
      { id: 'c1', kind: 'must', text: 'No console changes in production.', subjects: [], source: 'guidelines', evidence: e },
      { id: 'c2', kind: 'prohibit', text: 'No console changes in production.', subjects: [], source: 'guidelines', evidence: e },
      { id: 'c3', kind: 'must', text: 'Tag every resource.', subjects: [], source: 'guidelines', evidence: e },
    ];
    expect(uniqueConstraints(p).map((k) => k.id)).toEqual(['c2', 'c3']);
  });

  it('never prints a placeholder region id', () => {
    expect(regionName('secondary-region')).toBe('a second region still to choose');
    expect(regionName('eu-west-1')).toBe('eu-west-1');
  });
});
