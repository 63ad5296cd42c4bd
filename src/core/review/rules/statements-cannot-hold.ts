// Rule: the inputs' own statements cannot all hold (a target beyond the stated topology, an RPO the stated backups miss, an RTO the stated DR tier misses).
import type { Evidence } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';
import { rpoBeyondStatedBackups, rtoBeyondStatedTier, statedCeiling } from '../knowledge/topology.js';

const cite = (e: readonly Evidence[]) => (e[0] ? `${e[0].file}:${e[0].line}` : 'the inputs');

/** Both statements that cannot hold are stated, and nothing is assumed: a contradiction in the inputs is certain. */
const CONTRADICTION: Finding['signal'] = { impact: 4, likelihood: 3, basis: 'stated' };

/** The message and the topology change each stated topology calls for. */
const TOPOLOGY = {
  'one-region': { messageId: 'targetBeyondOneRegion', change: 'allow a second region (a warm standby or active-active)' },
  'one-zone': { messageId: 'targetBeyondOneZone', change: 'spread the deployment over two or three zones' },
  'one-instance': { messageId: 'targetBeyondOneInstance', change: 'run at least two instances behind a load balancer, in different zones' },
} as const;

export default defineRule({
  meta: {
    id: 'statements-cannot-hold',
    category: 'resource-constraints',
    title: 'Statements in the inputs that cannot all hold',
    description:
      'Two things the inputs state contradict each other on their own: an availability target beyond the one region, zone or machine they say the system runs on; a recovery point objective shorter than the backup interval they state; a recovery time objective shorter than the DR tier they name can deliver.',
    why: 'A design cannot satisfy both: whichever the tool picked, one statement would be silently broken. The inputs keep both statements, and the people who wrote them choose which gives way.',
    detection:
      "An availability target above what the stated topology sustains (one region 99.95 %, one zone 99.9 %, one machine 99.5 %); an RPO shorter than the interval of stated nightly, daily or weekly backups (an RPO of zero with any periodic backup); an RTO shorter than the recovery time of the DR tier the inputs name, as the knowledge catalogue's DR-tier records give it.",
    mitigation: 'Relax one of the two statements, change the stated topology, backups or DR tier, or accept the risk in writing.',
    falsePositives:
      'The one-region or one-server sentence describes a phase (the MVP) and the target applies later, the periodic backups sit beside continuous replication the inputs describe elsewhere, or the RTO covers a failure inside a zone rather than a disaster; record which one wins.',
    docs: [
      'https://sre.google/sre-book/availability-table/',
      'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/',
    ],
    resolvedBy: null,
    messages: {
      targetBeyondOneRegion:
        'The inputs set an availability target of {target} % ({targetAt}) and state that the system runs in one region ({regionAt}); one region sustains about {ceiling} % at best.',
      targetBeyondOneZone:
        'The inputs set an availability target of {target} % ({targetAt}) and state that the system runs in one availability zone ({zoneAt}); one zone sustains about {ceiling} % at best.',
      targetBeyondOneInstance:
        'The inputs set an availability target of {target} % ({targetAt}) and state that the system runs on a single server or instance ({instanceAt}); one machine sustains about {ceiling} % at best.',
      rpoBeyondBackups:
        'The inputs set an RPO of {rpo} ({rpoAt}) and state periodic backups ({backupAt}), which can lose up to {loss} of data.',
      rtoBeyondTier:
        'The inputs set an RTO of {rto} ({rtoAt}) and name {tier} as the disaster-recovery tier ({tierAt}), which typically recovers in {restore} min.',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    const target = ctx.profile.availabilityTarget;
    const stated = statedCeiling(ctx.v);
    if (target && stated && target.value > stated.percent) {
      const t = TOPOLOGY[stated.topology];
      const at = { 'one-region': 'regionAt', 'one-zone': 'zoneAt', 'one-instance': 'instanceAt' }[stated.topology];
      out.push({
        subject: `availability-vs-${stated.topology}`,
        signal: CONTRADICTION,
        evidence: { facts: [...target.evidence.slice(0, 1), ...stated.evidence.slice(0, 1)], model: ctx.model.regions.map((r) => r.id) },
        messageId: t.messageId,
        data: { target: target.value, targetAt: cite(target.evidence), [at]: cite(stated.evidence), ceiling: stated.percent },
        mitigation: `Relax the target to ${stated.percent} % or less, or ${t.change}, or accept in writing that one failure there breaks the target.`,
      });
    }
    const rpo = ctx.profile.rpo;
    const backups = rpoBeyondStatedBackups(ctx.v, rpo);
    if (rpo && backups)
      out.push({
        subject: 'rpo-vs-backups',
        signal: CONTRADICTION,
        evidence: { facts: [...rpo.evidence.slice(0, 1), ...backups.evidence.slice(0, 1)], model: ['dr'] },
        messageId: 'rpoBeyondBackups',
        data: {
          rpo: rpo.value,
          rpoAt: cite(rpo.evidence),
          backupAt: cite(backups.evidence),
          loss: backups.lossMinutes >= 7 * 24 * 60 ? 'a week' : 'a day',
        },
        mitigation:
          'Relax the RPO to the backup interval, or add continuous protection (point-in-time recovery, WAL archiving, synchronous replication for an RPO of zero), or accept the data-loss risk in writing.',
      });
    const rto = ctx.profile.rto;
    const tier = rtoBeyondStatedTier(ctx.v, rto);
    if (rto && tier)
      out.push({
        subject: 'rto-vs-dr-tier',
        signal: CONTRADICTION,
        evidence: { facts: [...rto.evidence.slice(0, 1), ...tier.evidence.slice(0, 1)], model: ['dr'] },
        messageId: 'rtoBeyondTier',
        data: { rto: rto.value, rtoAt: cite(rto.evidence), tier: tier.name, tierAt: cite(tier.evidence), restore: tier.restore },
        mitigation: `Relax the RTO to ${tier.restore} min or more, or name a faster tier (a running standby recovers in minutes), or accept in writing that a disaster breaks the RTO.`,
      });
    return out;
  },
});
