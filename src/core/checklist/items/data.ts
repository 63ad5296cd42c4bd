// Data and storage: stores, backups, restore tests, retention, migrations and replication.
import { item } from '../checklist-item.js';
import { anyOf, mentions, techWords, together, words } from '../detectors.js';

const STORE_SLOTS = ['database', 'cache', 'queue', 'object-storage', 'search', 'vector-store', 'warehouse'] as const;

/** A data store the catalogue knows (databases, caches, object stores, queues, search and vector stores), or words for one. */
export const DATA_STORE = techWords(
  (c) => [...new Set(STORE_SLOTS.flatMap((slot) => c.withSlot(slot)))],
  'databases?',
  'buckets?',
  'object storage',
  'file storage',
  'data stores?',
  'datastores?',
);

export const dataItems = [
  item({
    id: 'ckl-data-stores-named',
    area: 'data',
    title: 'Data stores named',
    description: 'The databases, caches, object stores and queues the system uses are named.',
    severity: 'error',
    detects: 'database, cache, object-store and queue product names',
    detect: mentions(DATA_STORE),
    docs: {
      why: 'Data stores carry the state that backups, encryption, residency and DR are all about.',
      fix: 'List each data store with its purpose, engine and managed offering.',
    },
  }),
  item({
    id: 'ckl-data-backup',
    area: 'data',
    title: 'Backups',
    description: 'How data is backed up (mechanism, frequency or retention) is described.',
    severity: 'error',
    detects: 'backup(s), snapshots, point-in-time recovery (PITR), versioning, AWS Backup, dumps',
    detect: mentions(
      words(
        'back-?ups?',
        'backed up',
        'snapshots?',
        'point[- ]in[- ]time(?: recovery| restore)?',
        'PITR',
        'versioning',
        'AWS Backup',
        'pg_dump',
        '(?:database |db )?dumps?',
      ),
    ),
    docs: {
      why: 'Without backups, a bad migration, a bug or ransomware can destroy the business.',
      fix: 'For each data store state the backup mechanism, frequency, retention and where copies live.',
    },
  }),
  item({
    id: 'ckl-data-restore-tested',
    area: 'data',
    title: 'Restore testing',
    description: 'Restoring from backup is tested or rehearsed on a schedule.',
    severity: 'warning',
    detects: 'restore tests/drills, tested/verified restores, backup validation, recovery drills',
    detect: anyOf(
      mentions(
        words(
          'restor(?:e|es|ation) (?:tests?|testing|drills?|rehearsals?|exercises?|validation|verification|procedures? (?:are |is )?(?:tested|verified|validated))',
          'test(?:ed|ing|s)? (?:the |backup |data )?restor(?:e|es|ation|ability)',
          'backup (?:tests?|testing|validation|verification|integrity)',
          '(?:verify|validate|verified|validated) (?:the )?(?:backups?|restores?)',
          'recovery (?:tests?|testing|drills?)',
          'restore drills?',
        ),
      ),
      together(
        words('restor\\w*'),
        words(
          'tested',
          'test(?:ed|ing)?',
          'drills?',
          'rehears\\w*',
          'verif\\w*',
          'validat\\w*',
          'exercis\\w*',
          '(?:monthly|quarterly|weekly|annually|regularly)',
        ),
      ),
    ),
    docs: {
      why: 'A backup that has never been restored is a hope, not a recovery plan.',
      fix: 'Schedule restore tests (for example quarterly into a scratch environment) and say who runs them and how success is judged.',
    },
  }),
  item({
    id: 'ckl-data-retention',
    area: 'data',
    title: 'Retention and lifecycle',
    description: 'How long data, logs and backups are kept and how they expire is stated.',
    severity: 'warning',
    detects: 'retention, retain, lifecycle rules, TTL, archive, purge/delete after, a number of days/months kept',
    detect: mentions(
      words(
        'retention',
        'retain(?:ed|s)?',
        'lifecycle (?:polic(?:y|ies)|rules?|management)',
        'TTL',
        'time[- ]to[- ]live',
        'archiv\\w*',
        'purg\\w*',
        'deleted? after',
        'expir\\w*',
        'kept for',
      ),
      /\b\d+[- ](?:day|month|year)s?\b.*\b(?:keep|kept|retain|retention|stored|history)\b/i,
    ),
    docs: {
      why: 'Retention drives storage cost and is a legal requirement under most data-protection regimes.',
      fix: 'State retention per data class (records, logs, backups) and how expiry is enforced.',
    },
  }),
  item({
    id: 'ckl-data-migrations',
    area: 'data',
    title: 'Schema migrations',
    description: 'How schema or data changes are versioned and applied is covered.',
    severity: 'info',
    detects: 'migrations, schema changes/versioning, Flyway, Liquibase, Alembic, Prisma/Django/Rails migrations',
    detect: mentions(
      words(
        'migrations?',
        'schema (?:changes?|versioning|evolution|management)',
        'Flyway',
        'Liquibase',
        'Alembic',
        'Prisma',
        'Knex',
        'TypeORM',
        'Drizzle',
        'Atlas',
        'dbmate',
      ),
    ),
    docs: {
      why: 'Uncontrolled schema changes break deployments and rollbacks.',
      fix: 'Name the migration tool and when migrations run in the pipeline, and how a failed migration is rolled back.',
    },
  }),
  item({
    id: 'ckl-data-replication',
    area: 'data',
    title: 'Data availability and replication',
    description: 'How data stays available (replicas, multi-AZ, standby, managed high availability) is described.',
    severity: 'info',
    detects: 'replicas, replication, multi-AZ, standby, high availability, cross-region copies, geo-redundancy, durability',
    detect: mentions(
      words(
        'replicas?',
        'replicat\\w*',
        'multi-?AZ',
        'multi-?zone',
        'standby',
        'high(?:ly)? availab\\w*',
        'HA',
        'cross-region',
        'geo-?redundan\\w*',
        'global tables?',
        'durab\\w*',
        'failover',
        '11 9s',
        'eleven nines',
      ),
    ),
    docs: {
      why: 'A single database instance is a single point of failure for the whole system.',
      fix: 'State the availability set-up of each stateful store (replicas, zones) and the failover behaviour.',
    },
  }),
];
