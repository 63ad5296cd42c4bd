// Table-driven cases for the no-alerting reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { makeDecisions } from '../../../helpers/make-model.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'no-alerting';
/** A decision for no alerting (a user's answer or a pack's option meaning none). */
const NO_ALERTING = makeDecisions({ 'observability.alerting': 'none' }, { id: 'observability.alerting', attributes: { none: true } });

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    ['99.9 % target, no alerting', { profile: { availability: 99.9 }, decisions: NO_ALERTING }, 'red', ['noneForTarget']],
    ['no target, no alerting', { decisions: NO_ALERTING }, 'yellow', ['none']],
    ['no alerting decision: the platform family alerts', { profile: { availability: 99.9 } }, 'none', []],
    ['alerting in place', { profile: { availability: 99.9 } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
