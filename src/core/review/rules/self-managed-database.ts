// Rule: a primary database the team runs itself, without the people to patch, back up and fail it over.
import { isRecordStore } from '../../model/tech-catalog.js';
import { defineRule, type Finding } from '../rule.js';
import { facts, selfHostedDatabase, teamFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'self-managed-database',
    category: 'operational-complexity',
    title: 'Self-operated primary database',
    description:
      'A relational or document database runs on servers, VMs or containers the team operates, instead of a managed database service.',
    why: 'Running a database means patching, backups and restore drills, replication and failover, disk growth and version upgrades. These are the jobs small teams skip first, and the failures are data loss.',
    detection:
      'The data.database-hosting decision is self-hosted, or the platform is rented servers or on-premises, for a relational or document store. Yellow; the hosting choice decides.',
    mitigation:
      "Use the platform's managed database where one exists. Where self-hosting is required, automate backups with restore tests, monitoring of replication and disk, and a documented upgrade path.",
    falsePositives:
      'A dedicated DBA or operations team runs the database; or an operator (CloudNativePG, Crunchy) automates the hard parts and the team knows it.',
    docs: ['https://www.postgresql.org/docs/current/backup.html'],
    resolvedBy: 'data.database-hosting',
    messages: {
      teamOperated: '{store} ({tech}) is operated by the team itself: backups, patching and failover are theirs.',
      teamOperatedSized: '{store} ({tech}) is operated by the team itself (team of {team}): backups, patching and failover are theirs.',
    },
  },
  check(ctx) {
    if (!selfHostedDatabase(ctx)) return [];
    const team = ctx.v.teamSize();
    const out: Finding[] = [];
    for (const d of ctx.model.dataStores.filter(isRecordStore)) {
      out.push({
        subject: d.tech,
        signal: signalOf(team),
        evidence: { facts: facts(ctx.decisionFacts('data.database-hosting'), teamFacts(ctx)), model: [d.id] },
        messageId: team !== null ? 'teamOperatedSized' : 'teamOperated',
        data: { store: d.name, tech: d.tech, ...(team !== null ? { team } : {}) },
      });
    }
    return out;
  },
});

/** The one severity function of this rule: a team of three or fewer running its own database is certain toil; otherwise probable. */
function signalOf(team: number | null): Finding['signal'] {
  return { impact: 2, likelihood: team !== null && team <= 3 ? 3 : 2, basis: 'stated' };
}
