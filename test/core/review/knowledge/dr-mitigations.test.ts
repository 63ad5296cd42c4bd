// A missed recovery objective's mitigation starts from the tier in force: it names only faster tiers, never a lower one.
import { describe, expect, it } from 'vitest';
import { moveUpMitigation, tiersAbove } from '../../../../src/core/review/knowledge/topology.js';
import { caseOf } from '../rule-cases.js';
import { runRule } from '../run-rule.js';

describe('tiers above the one in force', () => {
  it.each<[Parameters<typeof tiersAbove>[0], 'rto' | 'rpo', number, string[]]>([
    ['backup-restore', 'rto', 60, ['Pilot light', 'Warm standby', 'Active-active']],
    ['warm-standby', 'rto', 5, ['Active-active']],
    ['pilot-light', 'rpo', 5, ['Warm standby', 'Active-active']],
    ['active-active', 'rto', 0, []],
  ])('%s for %s %i min', (tier, metric, target, faster) => {
    expect(tiersAbove(tier, metric, target).faster.map((n) => n.split(' (')[0])).toEqual(faster);
  });

  it('a 5-minute RTO on a warm standby points up to active-active, not down to pilot light', () => {
    const text = moveUpMitigation('warm-standby', 'rto', 5);
    expect(text).toMatch(/^Move up from Warm standby to Active-active/);
    expect(text).not.toMatch(/pilot light/i);
  });

  it('the fastest tier says so instead of pointing anywhere', () => {
    expect(moveUpMitigation('active-active', 'rto', 0)).toMatch(/already the fastest tier/);
  });

  it.each<[string, string, number, RegExp]>([
    ['rto-unreachable', 'warm-standby', 5, /to Active-active/],
    ['rto-unreachable', 'backup-restore', 30, /to Warm standby or Active-active/],
    ['rpo-unreachable', 'pilot-light', 5, /to Warm standby or Active-active/],
  ])('%s on %s: the concern’s mitigation starts from that tier', (rule, tier, minutes, expected) => {
    const profile = rule === 'rto-unreachable' ? { rtoMinutes: minutes } : { rpoMinutes: minutes };
    const [concern] = runRule(rule, caseOf({ profile, choices: { 'dr.strategy-tier': tier } }));
    expect(concern?.mitigation).toMatch(expected);
  });
});
