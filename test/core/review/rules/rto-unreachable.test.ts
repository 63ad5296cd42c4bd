// Table-driven cases for the rto-unreachable reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'rto-unreachable';
const noApproval = {
  id: 'delivery-pipeline',
  name: 'Delivery',
  tool: 'github-actions',
  stages: [
    { id: 'build', name: 'Build', approval: false },
    { id: 'deploy-prod', name: 'Deploy to Production', approval: false },
  ],
};
const conflicted = {
  ...makeDecisions({ 'cloud.primary-platform': 'azure' })[0],
  conflicts: ['The inputs commit to aws but a guideline forbids it.'],
};
void noApproval;
void conflicted;

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none']>([
    ['5-minute RTO on backup and restore', { profile: { rtoMinutes: 5 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'red'],
    [
      '5-minute RTO with no DR decision: at most yellow',
      { profile: { rtoMinutes: 5 }, model: { dr: { tier: '', rtoMinutes: 5, rpoMinutes: null, backupRegion: null } } },
      'yellow',
    ],
    ['30-minute RTO on pilot light', { profile: { rtoMinutes: 30 }, choices: { 'dr.strategy-tier': 'pilot-light' } }, 'yellow'],
    ['4-hour RTO on backup and restore', { profile: { rtoMinutes: 240 }, choices: { 'dr.strategy-tier': 'backup-restore' } }, 'none'],
    ['no RTO', {}, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
