// Decision point: how data is backed up and how far back and how fast it can be restored.
import { definePoint, type DecideContext } from '../../define-point.js';
import { prod, stores } from '../../criteria.js';
import { family, hyperscalerFamilies } from '../../platform-family.js';
import { periodicBackupLossMinutes, statesPeriodicBackups } from '../../stated-topology.js';

const hosting = (c: DecideContext) => c.chosen('data.database-hosting') ?? '';
const hostingIn =
  (...ids: string[]) =>
  (c: DecideContext) =>
    ids.includes(hosting(c)) ? (c.v.committedAny(...ids, c.chosen('data.primary-database') ?? '') ?? []) : null;
/** The chosen database hosting is a service that runs the database for the team (typed hosting, not its option id). */
const managedHosting = (c: DecideContext) => {
  const h = c.decisions.get('data.database-hosting')?.attributes?.hosting;
  return h && h !== 'self-hosted' && h !== 'embedded'
    ? (c.v.committedAny(hosting(c), c.chosen('data.primary-database') ?? '') ?? [])
    : null;
};

export default definePoint({
  meta: {
    id: 'data.backup',
    domain: 'data',
    title: 'Backup and restore',
    question: 'How is the data backed up, and how much can be lost and how fast restored?',
    docs: 'A backup is only as good as its last tested restore. Point-in-time recovery bounds data loss to minutes; nightly logical dumps are portable and simple but lose up to a day; continuous replication to another region protects against losing the region itself; file-level tools such as restic or Borg cover servers, volumes and everything that is not a database. The recovery point objective (RPO) picks the mechanism.',
    assumption:
      'No recovery point objective is stated; managed backups with point-in-time recovery were assumed where the platform has them. Agree an RPO and test a restore.',
    traces: ['recovery'],
    check: (_d, m) =>
      `Last night's backup of ${stores(m)} restores into a scratch environment and a row-count check against ${prod(m)} passes.`,
  },
  options: [
    {
      id: 'managed-pitr',
      attrs: { pointInTime: true },
      title: 'Managed snapshots with point-in-time recovery',
      summary:
        'The database service keeps daily snapshots and continuous transaction logs (7–35 days) so any second in the window can be restored.',
      pros: ['Data loss bounded to minutes with no scripts to run', 'Restores are a console or API action'],
      cons: ['Backups live in the same account and region unless copied out', 'Retention and PITR may be paid add-ons on PaaS tiers'],
      costClass: 'low',
      complexity: 1,
      skills: ['restore drills'],
      leans: { resilience: 1, simplicity: 2, compliance: 1, cost: 0 },
      rejectIf: (c) => (hosting(c) === 'self-managed-vms' ? 'a database on self-run servers has no managed snapshots' : null),
      fits: [
        { when: managedHosting, weight: 6, because: 'the database service provides point-in-time recovery' },
        { when: (c) => c.v.rpoAtMost(60), weight: 2, because: 'the RPO allows at most minutes of data loss' },
      ],
    },
    {
      id: 'logical-dumps',
      attrs: { pointInTime: false },
      // Stated nightly or daily backups stay the scheme even when the RPO asks for less loss: the review names both statements.
      committedWhen: (c) => {
        const loss = periodicBackupLossMinutes(c.v);
        const rpo = c.v.profile.rpo;
        return loss !== null && rpo && rpo.minutes < loss ? statesPeriodicBackups(c.v) : null;
      },
      title: 'Logical dumps to object storage',
      summary: 'Scheduled pg_dump/mysqldump (or exports) copied, encrypted, to object storage with lifecycle retention.',
      pros: ['Portable between versions, hosts and providers', 'Easy to understand and to restore into a test database'],
      cons: ['Loses everything since the last dump (hours to a day)', 'Slow to take and restore on large databases'],
      costClass: 'free',
      complexity: 2,
      skills: ['backup scripting'],
      leans: { cost: 2, simplicity: 1, resilience: -1, compliance: 0 },
      rejectIf: (c) => (c.v.rpoAtMost(60) ? 'periodic dumps cannot meet an RPO of an hour or less' : null),
      fits: [
        {
          when: (c) => (hosting(c) === 'platform-database' ? [] : null),
          weight: 2,
          because: 'an off-platform copy guards against losing the platform account',
        },
        { when: (c) => c.v.budgetBelow(100), weight: 2, because: 'the budget favours the cheapest mechanism' },
      ],
    },
    {
      id: 'wal-archiving',
      attrs: { pointInTime: true },
      title: 'Continuous WAL archiving (pgBackRest, WAL-G, Barman)',
      summary:
        'Base backups plus continuously archived transaction logs in object storage give point-in-time recovery for a database you run yourself.',
      pros: ['Minutes of RPO without a managed service', 'Backups land off the host, ready for a restore elsewhere'],
      cons: ['Configuration, monitoring and restore drills are yours', 'PostgreSQL-specific tooling'],
      costClass: 'low',
      complexity: 3,
      skills: ['PostgreSQL administration'],
      leans: { resilience: 2, cost: 1, simplicity: -1, compliance: 1 },
      rejectIf: (c) =>
        ['self-managed-vms', 'kubernetes-operator'].includes(hosting(c)) && c.chosen('data.primary-database') === 'postgresql'
          ? null
          : 'only for PostgreSQL the team runs itself',
      fits: [
        { when: hostingIn('kubernetes-operator'), weight: 6, because: 'the operator archives WAL to object storage' },
        {
          when: (c) => (hosting(c) === 'self-managed-vms' ? (c.v.availabilityAtLeast(99.5) ?? c.v.rtoAtMost(240)) : null),
          weight: 4,
          because: 'the stated targets need more than nightly dumps',
        },
      ],
    },
    {
      id: 'cross-region-replication',
      attrs: { pointInTime: true, crossRegionBackup: true },
      title: 'Continuous replication to a second region',
      summary:
        'A cross-region read replica, global table or replicated bucket keeps a live copy in another region, on top of local backups.',
      pros: ['Survives the loss of a whole region', 'The replica can be promoted within the RTO'],
      cons: ['Doubles storage and adds transfer costs', 'Replicates mistakes too: still needs point-in-time backups'],
      costClass: 'high',
      complexity: 4,
      skills: ['replication monitoring', 'failover drills'],
      leans: { resilience: 2, cost: -2, simplicity: -1, compliance: 0 },
      rejectIf: (c) =>
        family(c) === 'on-prem' || family(c) === 'kubernetes' ? "the operator's environment has no second region to replicate to" : null,
      fits: [
        {
          when: (c) => (c.chosen('cloud.region-strategy')?.startsWith('multi-region') ? (c.v.multiRegion() ?? []) : null),
          weight: 4,
          because: 'the region strategy keeps a second region',
        },
        {
          when: (c) =>
            c.chosen('cloud.region-strategy')?.startsWith('multi-region') && hyperscalerFamilies().includes(family(c)) ? [] : null,
          weight: 4,
          because: 'the provider replicates across regions as a managed feature',
        },
        { when: (c) => c.v.rpoAtMost(5), weight: 3, because: 'the RPO is minutes even for a regional disaster' },
      ],
    },
    {
      id: 'restic-borg',
      attrs: { pointInTime: false },
      title: 'File-level backups with restic or Borg',
      summary:
        'Encrypted, deduplicated snapshots of data directories, volumes and database dumps from each server to object storage or a backup host.',
      pros: ['Covers everything on the host, not just the database', 'Cheap, encrypted and incremental'],
      cons: ['Consistent database copies need a dump or snapshot first', 'Scheduling, pruning and restore checks are yours'],
      costClass: 'free',
      complexity: 2,
      skills: ['restic or Borg', 'cron or systemd timers'],
      leans: { cost: 2, simplicity: 1, resilience: 0, compliance: 0 },
      rejectIf: (c) => (['servers', 'on-prem'].includes(family(c)) ? null : 'the platform has no host filesystem to back up'),
      fits: [
        {
          when: (c) => (['servers', 'on-prem'].includes(family(c)) ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 5,
          because: 'the system runs on servers the team operates',
        },
        { when: hostingIn('self-managed-vms'), weight: 2, because: 'the database lives on those servers' },
      ],
    },
  ],
});
