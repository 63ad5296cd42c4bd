// Rule: a system-of-record store with no backup.
import { isRecordStore } from '../../model/tech-catalog.js';
import { defineRule, type Finding } from '../rule.js';
import { selfHostedDatabase } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'no-backup-stateful',
    category: 'operational-overhead',
    title: 'Stateful store without backups',
    description: 'A relational or document store (the system of record) has no backup in the model.',
    why: 'Replication copies mistakes as fast as data: a bad migration, a deleted table or ransomware needs a backup from before the event. Without one the only recovery is from users.',
    detection:
      'A relational or document store with no backup in the model and no data.backup decision. Self-operated (servers, on-premises, self-hosted): red. On a managed service whose default backups are not stated: yellow open question.',
    mitigation:
      'Turn on automated backups with point-in-time recovery, keep a copy in another region or account, set retention to the RPO and compliance needs, and test a restore each quarter.',
    falsePositives: 'The store is a rebuildable projection of another system of record.',
    docs: [
      'https://www.postgresql.org/docs/current/backup.html',
      'https://docs.aws.amazon.com/prescriptive-guidance/latest/backup-recovery/welcome.html',
    ],
    resolvedBy: 'data.backup',
    messages: {
      selfRunNoBackup: '{store} ({tech}) is operated by the team and has no backup.',
      managedNoBackup:
        '{store} ({tech}) has no backup stated; confirm the managed service’s automatic backups, retention and point-in-time recovery.',
    },
  },
  check(ctx) {
    if (ctx.decisions.has('data.backup') && ctx.attrs('data.backup').none !== true) return [];
    const selfRun = selfHostedDatabase(ctx);
    return ctx.model.dataStores
      .filter((d) => isRecordStore(d) && (!d.backup || /^none$/i.test(d.backup)))
      .map((d) => ({
        subject: d.tech,
        signal: signalOf(selfRun),
        evidence: { facts: [...ctx.decisionFacts('data.backup'), ...(ctx.v.committed(d.tech) ?? [])], model: [d.id] },
        messageId: selfRun ? 'selfRunNoBackup' : 'managedNoBackup',
        data: { store: d.name, tech: d.tech },
      }));
  },
});

/** The one severity function of this rule: a store the team runs with no backup loses data for certain (red); a managed one is a question. */
function signalOf(selfRun: boolean): Finding['signal'] {
  return selfRun ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 2, basis: 'missing' };
}
