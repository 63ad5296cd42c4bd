// Rule: the stated recovery time objective is shorter than the chosen DR tier can recover in.
import { defineRule, type Finding } from '../rule.js';
import { moveUpMitigation, rtoBeyondStatedTier, tierCapability } from '../knowledge/topology.js';

export default defineRule({
  meta: {
    id: 'rto-unreachable',
    category: 'resource-constraints',
    title: 'RTO shorter than the DR tier can deliver',
    description: 'The stated RTO is shorter than the typical recovery time of the chosen disaster-recovery tier.',
    why: 'Backup-and-restore takes hours (provision, restore, re-point DNS); pilot light tens of minutes; warm standby minutes. An RTO the tier cannot meet is discovered during the disaster.',
    detection:
      'Tier capability (backup/restore 4 h, pilot light 45 min, warm standby 15 min, active-active 1 min) over the stated RTO: above 4 is red, above 1 is yellow. Without a DR decision the tier counts as backup/restore and the concern is at most yellow.',
    mitigation:
      'Move up a tier (pilot light or warm standby in a second zone or region) or agree a longer RTO with the business; either way, rehearse the recovery.',
    falsePositives: 'The RTO covers a component failure inside a zone (which redundancy handles), not the loss of a region.',
    docs: ['https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html'],
    resolvedBy: 'dr.strategy-tier',
    messages: {
      tierTakes: 'RTO {rto} ({rtoMinutes} min), but the {tier} tier typically takes {restore} min.',
      tierTakesForever: 'RTO {rto} ({rtoMinutes} min), but the {tier} tier typically takes indefinitely long.',
      noTierTakes: 'RTO {rto} ({rtoMinutes} min), but with no DR tier decided, a restore from backup typically takes {restore} min.',
      noTierTakesForever:
        'RTO {rto} ({rtoMinutes} min), but with no DR tier decided, a restore from backup typically takes indefinitely long.',
    },
  },
  check(ctx) {
    const rto = ctx.profile.rto;
    if (!rto) return [];
    // The inputs name the tier themselves: statements-cannot-hold names both statements instead.
    if (rtoBeyondStatedTier(ctx.v, rto)) return [];
    const cap = tierCapability(ctx);
    if (cap.rto <= rto.minutes) return [];
    const ratio = rto.minutes > 0 ? cap.rto / rto.minutes : Infinity;
    const known = cap.tier !== 'unknown';
    return [
      {
        subject: 'rto',
        signal: signalOf(ratio, known),
        evidence: { facts: [...rto.evidence, ...ctx.decisionFacts('dr.strategy-tier')], model: ['dr'] },
        messageId: `${known ? 'tier' : 'noTier'}Takes${Number.isFinite(cap.rto) ? '' : 'Forever'}`,
        // The way up starts from the tier in force: never a tier below it.
        mitigation: moveUpMitigation(cap.tier, 'rto', rto.minutes),
        data: {
          rto: rto.value,
          rtoMinutes: rto.minutes,
          ...(known ? { tier: cap.tier } : {}),
          ...(Number.isFinite(cap.rto) ? { restore: cap.rto } : {}),
        },
      },
    ];
  },
});

/**
 * The one severity function of this rule: a decided tier that misses the objective more than fourfold breaks it for
 * certain (red); a near miss, or no tier decided yet, is probable (yellow).
 */
function signalOf(ratio: number, tierDecided: boolean): Finding['signal'] {
  return ratio > 4 && tierDecided ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 2, basis: 'stated' };
}
