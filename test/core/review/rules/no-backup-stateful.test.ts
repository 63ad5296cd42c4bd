// Table-driven cases for the no-backup-stateful reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { env, makeDecisions, store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

void env;
void store;
void unit;
void makeDecisions;
const ID = 'no-backup-stateful';
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
    [
      'self-run Postgres without backup',
      { choices: { 'data.database-hosting': 'self-managed-vms' }, model: { dataStores: [store('db', 'postgresql', { backup: null })] } },
      'red',
    ],
    ['managed Postgres with no backup stated', { model: { dataStores: [store('db', 'postgresql', { backup: null })] } }, 'yellow'],
    ['backups in place', {}, 'none'],
    ['a cache without backup', { model: { dataStores: [store('c', 'redis', { backup: null })] } }, 'none'],
  ])('%s', (_name, c, level) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
