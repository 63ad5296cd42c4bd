// Decision point: who runs the primary database: the cloud provider, a data platform, you on servers, or an operator in the cluster.
import { databases, inline } from '../../criteria.js';
import { definePoint, type DecideContext, type OptionDef } from '../../define-point.js';
import { family, needsPlatform, needsProviderOf, onKubernetes, onlyOnAny } from '../../platform-family.js';

const db = (c: DecideContext) => c.chosen('data.primary-database') ?? 'postgresql';
const SQL = ['postgresql', 'mysql'];
const SERVERLESS_DB = ['dynamodb', 'firestore', 'cosmos-db', 'convex', 'cloudkit'];
const needsSql = (c: DecideContext) => (SQL.includes(db(c)) ? null : `it hosts PostgreSQL or MySQL, and the database is ${db(c)}`);
const needsPostgres = (c: DecideContext) => (db(c) === 'postgresql' ? null : `it hosts PostgreSQL, and the database is ${db(c)}`);
const notServerless = (c: DecideContext) => (SERVERLESS_DB.includes(db(c)) ? `${db(c)} is a managed service with nothing to host` : null);
const all =
  (...rules: OptionDef['rejectIf'][]) =>
  (c: DecideContext) =>
    rules.reduce<string | null>((r, f) => r ?? f!(c), null);
const primaryIs = (id: string) => (c: DecideContext) => (c.chosen('cloud.primary-platform') === id ? (c.v.committed(id) ?? []) : null);
const strategyPortable = (c: DecideContext) =>
  ['multi-cloud-portable', 'hybrid'].includes(c.chosen('cloud.strategy') ?? '') ? onKubernetes(c) : null;

export default definePoint({
  meta: {
    id: 'data.database-hosting',
    domain: 'data',
    title: 'Database hosting',
    question: 'Who runs the primary database: the cloud provider, a data platform, the team on servers, or an operator in the cluster?',
    docs: 'Running a database well means backups that restore, tested failover, patching, monitoring and capacity planning. A provider-managed service does most of that for a premium; a data platform adds developer features such as branching and auth; self-managing on servers is cheapest in money and dearest in skills; a Kubernetes operator automates much of it while keeping the database portable.',
    assumption: 'The inputs do not say who runs the database; the managed database service of the chosen platform was assumed.',
    traces: ['availability'],
    check: (d, m) =>
      `${d.choiceTitle} shows automated backups of ${databases(m) ?? 'the database'}, the chosen retention and a standby or replica where ${inline(m.dr.tier || 'the DR tier')} requires it.`,
  },
  options: [
    {
      id: 'amazon-rds',
      attrs: { hosting: 'managed-regional' },
      title: 'Amazon RDS (or Aurora)',
      version: 'PostgreSQL 16 / MySQL 8.4',
      summary: 'Provider-managed PostgreSQL or MySQL on AWS with Multi-AZ standby, automated backups and point-in-time recovery.',
      pros: [
        'Multi-AZ failover, backups and minor-version patching are managed',
        'IAM authentication, KMS encryption and RDS Proxy for Lambda',
      ],
      cons: ['Instances bill around the clock, standby doubles it', 'Major upgrades still need planning and a maintenance window'],
      costClass: 'medium',
      complexity: 2,
      skills: ['RDS parameter groups', 'AWS networking'],
      leans: { resilience: 2, compliance: 2, simplicity: 1, cost: -1, speed: 1 },
      rejectIf: all(needsProviderOf('amazon-rds'), needsSql),
      fits: [{ when: (c) => (family(c) === 'aws' ? (c.v.committed('aws') ?? []) : null), weight: 6, because: 'the platform is AWS' }],
    },
    {
      id: 'cloud-sql',
      attrs: { hosting: 'managed-regional' },
      title: 'Google Cloud SQL',
      version: 'PostgreSQL 16 / MySQL 8.4',
      summary: 'Provider-managed PostgreSQL or MySQL on Google Cloud with regional high availability, PITR and private IP.',
      pros: ['Regional HA and automated backups', 'Cloud SQL connector and IAM auth for Cloud Run'],
      cons: ['Instances bill while idle', 'Some PostgreSQL extensions are unavailable'],
      costClass: 'medium',
      complexity: 2,
      skills: ['Cloud SQL'],
      leans: { resilience: 2, compliance: 2, simplicity: 1, cost: -1, speed: 1 },
      rejectIf: all(needsProviderOf('cloud-sql'), needsSql),
      fits: [
        { when: (c) => (family(c) === 'gcp' ? (c.v.committed('gcp') ?? []) : null), weight: 6, because: 'the platform is Google Cloud' },
      ],
    },
    {
      id: 'azure-database',
      attrs: { hosting: 'managed-regional' },
      title: 'Azure Database flexible server',
      version: 'PostgreSQL 16 / MySQL 8.4',
      summary: 'Provider-managed PostgreSQL or MySQL flexible server on Azure with zone-redundant HA and private access.',
      pros: ['Zone-redundant HA and PITR included', 'Entra ID authentication'],
      cons: ['Private networking choices are fixed at creation', 'Burstable tiers throttle under sustained load'],
      costClass: 'medium',
      complexity: 2,
      skills: ['Azure networking'],
      leans: { resilience: 2, compliance: 2, simplicity: 1, cost: -1, speed: 1 },
      rejectIf: all(needsProviderOf('azure-database'), needsSql),
      fits: [{ when: (c) => (family(c) === 'azure' ? (c.v.committed('azure') ?? []) : null), weight: 6, because: 'the platform is Azure' }],
    },
    {
      id: 'supabase',
      attrs: { hosting: 'saas' },
      title: 'Supabase (managed PostgreSQL)',
      summary: 'PostgreSQL run by Supabase, with connection pooling, daily backups, PITR add-on, auth, storage and row-level security.',
      pros: ['A full PostgreSQL with extensions such as pgvector', 'Auth, storage and realtime on the same database'],
      cons: ['Point-in-time recovery and HIPAA are paid add-ons', 'Direct connections need the pooler for serverless callers'],
      costClass: 'low',
      complexity: 1,
      skills: ['PostgreSQL', 'row-level security'],
      leans: { simplicity: 2, speed: 2, cost: 1, resilience: 0, compliance: 0 },
      rejectIf: all(onlyOnAny('paas'), needsPostgres),
      fits: [
        {
          when: (c) => (family(c) === 'paas' ? c.v.teamAtMost(5) : null),
          weight: 2,
          because: 'a small team gets a database with batteries included',
        },
      ],
    },
    {
      id: 'neon',
      attrs: { hosting: 'saas' },
      title: 'Neon (serverless PostgreSQL)',
      summary: 'Serverless PostgreSQL with storage separated from compute, scale to zero and copy-on-write branches per preview.',
      pros: ['A database branch per pull request', 'Scales to zero for idle environments'],
      cons: ['Cold start on the first query after idle', 'Fewer regions than the hyperscalers'],
      costClass: 'low',
      complexity: 1,
      skills: ['PostgreSQL'],
      leans: { cost: 2, speed: 2, simplicity: 2, resilience: 0, compliance: -1 },
      rejectIf: all(onlyOnAny('paas'), needsPostgres),
      fits: [{ when: primaryIs('vercel'), weight: 3, because: 'serverless PostgreSQL pairs with Vercel functions and previews' }],
    },
    {
      id: 'platform-database',
      attrs: { hosting: 'platform' },
      title: "The hosting platform's own database service",
      summary:
        'The database runs on the same PaaS as the application (Railway, Render, Heroku or DigitalOcean managed databases), inside its private network.',
      pros: ['One vendor and one private network for app and data', 'Backups and upgrades handled by the platform'],
      cons: ['Fewer tuning, HA and PITR options than a hyperscaler service', 'Moving off the platform means a data migration'],
      costClass: 'low',
      complexity: 1,
      skills: ["the platform's database tooling"],
      leans: { simplicity: 2, speed: 2, cost: 1, resilience: 0, compliance: -1 },
      rejectIf: (c) =>
        needsPlatform('railway', 'render', 'heroku', 'digitalocean')(c) ??
        notServerless(c) ??
        (db(c) === 'sqlite' ? 'SQLite is a file, not a service' : null),
      fits: [
        {
          when: (c) =>
            ['railway', 'render', 'heroku'].includes(c.chosen('cloud.primary-platform') ?? '')
              ? (c.v.committedAny('railway', 'render', 'heroku') ?? [])
              : null,
          weight: 4,
          because: 'the application already runs on that platform',
        },
      ],
    },
    {
      id: 'serverless-managed',
      attrs: { hosting: 'serverless' },
      title: 'Fully managed by the database service',
      summary: 'The database is itself a serverless service of the platform: there are no instances to size, patch or fail over.',
      pros: ['Capacity, replication and patching are invisible', 'Pay for use rather than for instances'],
      cons: ['Backups, export and exit paths depend on the vendor', 'Limits (item size, throughput, query model) are fixed by the service'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, resilience: 1, cost: 1, speed: 2, compliance: 0 },
      rejectIf: (c) => (SERVERLESS_DB.includes(db(c)) ? null : `${db(c)} needs a host`),
      fits: [
        {
          when: (c) => (SERVERLESS_DB.includes(db(c)) ? (c.v.committed(db(c)) ?? []) : null),
          weight: 20,
          because: 'the database is a serverless service',
        },
      ],
    },
    {
      id: 'self-managed-vms',
      attrs: { hosting: 'self-hosted' },
      title: 'Self-managed on servers',
      summary: 'The database runs as a service or container on VMs the team operates, with scripted backups and a documented restore.',
      pros: ['Cheapest, full control of versions and configuration', 'Works on owned and customer hardware'],
      cons: [
        'Failover, backups, patching and monitoring are all yours',
        'A disk or host failure is an incident you must handle at any hour',
      ],
      costClass: 'low',
      complexity: 4,
      skills: ['database administration', 'Linux'],
      leans: { cost: 2, simplicity: -1, resilience: -1, compliance: 0, speed: 0 },
      rejectIf: (c) =>
        family(c) === 'paas' || family(c) === 'kubernetes' ? 'the platform gives no servers to run a database on' : notServerless(c),
      fits: [
        {
          when: (c) => (family(c) === 'servers' || family(c) === 'on-prem' ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null),
          weight: 6,
          because: 'the system runs on servers it operates',
        },
        {
          when: (c) => (db(c) === 'sqlite' ? (c.v.committed('sqlite') ?? []) : null),
          weight: 4,
          because: 'an embedded database lives on the application host',
        },
      ],
    },
    {
      id: 'kubernetes-operator',
      attrs: { hosting: 'self-hosted' },
      title: 'Database operator on Kubernetes',
      summary:
        'A Kubernetes operator (CloudNativePG, Percona or the MongoDB operator) runs replicated instances with automated failover and backups to object storage.',
      pros: ['Portable: the same manifests on any cluster or cloud', 'Automated failover, rolling upgrades and PITR to object storage'],
      cons: ['Stateful sets, storage classes and operator upgrades to master', "The cluster's reliability becomes the database's"],
      costClass: 'low',
      complexity: 4,
      skills: ['Kubernetes', 'database operators'],
      leans: { cost: 1, resilience: 1, simplicity: -2, compliance: 0, speed: -1 },
      rejectIf: (c) =>
        onKubernetes(c)
          ? (notServerless(c) ?? (db(c) === 'sqlite' ? 'SQLite is a file, not a service' : null))
          : 'the system does not run on Kubernetes',
      fits: [
        { when: strategyPortable, weight: 8, because: 'the database must travel with the system to any cluster' },
        { when: (c) => (family(c) === 'kubernetes' ? onKubernetes(c) : null), weight: 6, because: 'the cluster is the only platform' },
      ],
    },
  ],
});
