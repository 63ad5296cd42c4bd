// Table-driven cases for the self-managed-database reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'self-managed-database';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'Postgres self-managed on VMs, team of 2',
      { profile: { teamSize: 2 }, choices: { 'data.database-hosting': 'self-managed-vms' } },
      'yellow',
      ['teamOperatedSized'],
    ],
    [
      'Postgres on a rented server with no hosting decision',
      { model: { platform: { primary: 'hetzner', providers: ['hetzner'] } } },
      'yellow',
      ['teamOperated'],
    ],
    ['managed RDS', { profile: { teamSize: 2 }, choices: { 'data.database-hosting': 'amazon-rds' } }, 'none', []],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
