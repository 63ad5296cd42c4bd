// Rule: the inputs' own statements cannot all hold (a target beyond the stated topology, an RPO the stated backups miss).
import { periodicBackupLossMinutes, statesOneRegion, statesPeriodicBackups } from '../../decide/stated-topology.js';
import type { Evidence } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';

/** Best availability one region gives (zone redundancy at most), as the review's topology ceilings put it. */
const ONE_REGION_CEILING = 99.95;

const cite = (e: readonly Evidence[]) => (e[0] ? `${e[0].file}:${e[0].line}` : 'the inputs');

/** Both statements that cannot hold are stated, and nothing is assumed: a contradiction in the inputs is certain. */
const CONTRADICTION: Finding['signal'] = { impact: 4, likelihood: 3, basis: 'stated' };

export default defineRule({
  meta: {
    id: 'statements-cannot-hold',
    category: 'resource-constraints',
    title: 'Statements in the inputs that cannot all hold',
    description:
      'Two things the inputs state contradict each other on their own: an availability target beyond the one region they say the system runs in, or a recovery point objective shorter than the backup interval they state.',
    why: 'A design cannot satisfy both: whichever the tool picked, one statement would be silently broken. The inputs keep both statements, and the people who wrote them choose which gives way.',
    detection:
      'An availability target above 99.95 % with a stated one-region deployment; an RPO shorter than the interval of stated nightly, daily or weekly backups (an RPO of zero with any periodic backup).',
    mitigation: 'Relax one of the two statements, change the stated topology or backups, or accept the risk in writing.',
    falsePositives:
      'The one-region sentence describes a phase (the MVP) and the target applies later, or the periodic backups sit beside continuous replication the inputs describe elsewhere; record which one wins.',
    docs: [
      'https://sre.google/sre-book/availability-table/',
      'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/',
    ],
    resolvedBy: null,
    messages: {
      targetBeyondOneRegion:
        'The inputs set an availability target of {target} % ({targetAt}) and state that the system runs in one region ({regionAt}); one region sustains about {ceiling} % at best.',
      rpoBeyondBackups:
        'The inputs set an RPO of {rpo} ({rpoAt}) and state periodic backups ({backupAt}), which can lose up to {loss} of data.',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    const target = ctx.profile.availabilityTarget;
    const oneRegion = statesOneRegion(ctx.v);
    if (target && oneRegion && target.value > ONE_REGION_CEILING)
      out.push({
        subject: 'availability-vs-one-region',
        signal: CONTRADICTION,
        evidence: { facts: [...target.evidence.slice(0, 1), ...oneRegion.slice(0, 1)], model: ctx.model.regions.map((r) => r.id) },
        messageId: 'targetBeyondOneRegion',
        data: { target: target.value, targetAt: cite(target.evidence), regionAt: cite(oneRegion), ceiling: ONE_REGION_CEILING },
        mitigation: `Relax the target to ${ONE_REGION_CEILING} % or less, or allow a second region (a warm standby or active-active), or accept in writing that a regional outage breaks the target.`,
      });
    const rpo = ctx.profile.rpo;
    const backups = statesPeriodicBackups(ctx.v);
    const loss = periodicBackupLossMinutes(ctx.v);
    if (rpo && backups && loss !== null && rpo.minutes < loss)
      out.push({
        subject: 'rpo-vs-backups',
        signal: CONTRADICTION,
        evidence: { facts: [...rpo.evidence.slice(0, 1), ...backups.slice(0, 1)], model: ['dr'] },
        messageId: 'rpoBeyondBackups',
        data: { rpo: rpo.value, rpoAt: cite(rpo.evidence), backupAt: cite(backups), loss: loss >= 7 * 24 * 60 ? 'a week' : 'a day' },
        mitigation:
          'Relax the RPO to the backup interval, or add continuous protection (point-in-time recovery, WAL archiving, synchronous replication for an RPO of zero), or accept the data-loss risk in writing.',
      });
    return out;
  },
});
