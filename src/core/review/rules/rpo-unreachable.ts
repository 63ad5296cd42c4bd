// Rule: the stated recovery point objective allows less data loss than the chosen backups and DR tier give.
import { isRecordStore } from '../../model/tech-catalog.js';
import { defineRule, type Finding } from '../rule.js';
import { moveUpMitigation, rpoBeyondStatedBackups, tierCapability } from '../knowledge/topology.js';

export default defineRule({
  meta: {
    id: 'rpo-unreachable',
    category: 'resource-constraints',
    title: 'RPO tighter than backups and replication deliver',
    description: 'The stated RPO is shorter than the data loss the chosen backup schedule and DR tier allow.',
    why: 'Daily snapshots lose up to a day of writes; point-in-time recovery a few minutes; asynchronous replicas seconds. A tighter RPO than the mechanism gives is a promise of data that will not exist.',
    detection:
      'Worst-case data loss of the tier (daily backups 24 h, point-in-time recovery 15 min, pilot light 15 min, warm standby 5 min, active-active ~0) over the stated RPO: above 4 red, above 1 yellow. No DR decision: at most yellow.',
    mitigation:
      'Enable point-in-time recovery or continuous archiving for the primary stores, add cross-region replication for region loss, or agree a longer RPO.',
    falsePositives: 'The RPO applies to a store that is rebuilt from another system of record.',
    docs: [
      'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html',
      'https://www.postgresql.org/docs/current/continuous-archiving.html',
    ],
    resolvedBy: 'data.backup',
    messages: {
      tierLoses: 'RPO {rpo} ({rpoMinutes} min), but the {tier} tier with the chosen backups can lose up to {loss} min.',
      tierLosesAll:
        'RPO {rpo} ({rpoMinutes} min), but the {tier} tier with the chosen backups can lose all data since the last manual copy.',
      noTierLoses: 'RPO {rpo} ({rpoMinutes} min), but with no DR tier decided, backups can lose up to {loss} min.',
      noTierLosesAll: 'RPO {rpo} ({rpoMinutes} min), but with no DR tier decided, backups can lose all data since the last manual copy.',
    },
  },
  check(ctx) {
    const rpo = ctx.profile.rpo;
    if (!rpo) return [];
    // The inputs state the backups themselves: statements-cannot-hold names both statements instead.
    if (rpoBeyondStatedBackups(ctx.v, rpo)) return [];
    const cap = tierCapability(ctx);
    if (cap.rpo <= rpo.minutes) return [];
    const ratio = rpo.minutes > 0 ? cap.rpo / rpo.minutes : Infinity;
    const known = cap.tier !== 'unknown';
    return [
      {
        subject: 'rpo',
        signal: signalOf(ratio, known),
        evidence: {
          facts: [...rpo.evidence, ...ctx.decisionFacts('data.backup')],
          model: ['dr', ...ctx.model.dataStores.filter(isRecordStore).map((d) => d.id)],
        },
        messageId: `${known ? 'tier' : 'noTier'}Loses${Number.isFinite(cap.rpo) ? '' : 'All'}`,
        mitigation: `${cap.rpo > 15 ? 'Enable point-in-time recovery or continuous archiving for the primary stores, or ' : ''}${lowerFirst(moveUpMitigation(cap.tier, 'rpo', rpo.minutes))}`,
        data: {
          rpo: rpo.value,
          rpoMinutes: rpo.minutes,
          ...(known ? { tier: cap.tier } : {}),
          ...(Number.isFinite(cap.rpo) ? { loss: cap.rpo } : {}),
        },
      },
    ];
  },
});

const lowerFirst = (t: string) => `${t[0].toLowerCase()}${t.slice(1)}`;

/**
 * The one severity function of this rule: a decided tier that misses the objective more than fourfold breaks it for
 * certain (red); a near miss, or no tier decided yet, is probable (yellow).
 */
function signalOf(ratio: number, tierDecided: boolean): Finding['signal'] {
  return ratio > 4 && tierDecided ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 2, basis: 'stated' };
}
