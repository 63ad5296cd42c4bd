// Table-driven cases for the no-alerting reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'no-alerting';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      '99.9 % target, no alerting',
      { profile: { availability: 99.9 }, model: { observability: { metrics: 'x', logs: 'x', traces: 'x', alerting: 'none' } } },
      'red',
      ['noneForTarget'],
    ],
    ['no target, no alerting', { model: { observability: { metrics: 'x', logs: 'x', traces: 'x', alerting: '' } } }, 'yellow', ['none']],
    ['alerting in place', { profile: { availability: 99.9 } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
