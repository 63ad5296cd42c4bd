// Decision point: the system of record, matched to the stores the inputs commit to.
import { definePoint, type DecideContext, type Signal } from '../../define-point.js';
import { storeName } from '../../criteria.js';
import { STATED } from '../../stated-choice.js';
import { family, needsPlatform, needsProviderOf, onPlatform } from '../../platform-family.js';

const platformIs =
  (...ids: string[]) =>
  (c: DecideContext) =>
    onPlatform(c, ...ids) ? (c.v.committedAny(...ids) ?? []) : null;
const relationalDefault: Signal = {
  when: (c) => c.v.style('monolith', 'modular-monolith', 'microservices') ?? (c.v.ids('dataStores').length === 0 ? [] : null),
  weight: 2,
  because: 'transactional business data fits a relational model',
};

export default definePoint({
  meta: {
    id: 'data.primary-database',
    domain: 'data',
    title: 'Primary database',
    question: 'Which database is the system of record?',
    docs: "The system of record outlives every other component: its data model, consistency guarantees and operational tooling shape the application for years. A relational database is the safe default for business data; a serverless key-value or document store fits access patterns known up front at any scale; a backend platform's own store fits apps built on that platform.",
    assumption: 'The inputs name no database; PostgreSQL was assumed as the general-purpose default for transactional data.',
    stated: STATED.database,
    adr: true,
    traces: ['scalability'],
    contributes: 'data-store',
    check: (d, m) =>
      `${storeName(m, d.choice, d.choiceTitle)} reports encryption at rest, automated backups enabled and no public endpoint (or key and network rules where public by design).`,
  },
  options: [
    {
      id: 'postgresql',
      attrs: { engine: 'postgresql', componentKind: 'relational' },
      alsoMatches: ['pgvector', 'timescaledb'],
      title: 'PostgreSQL',
      version: '16',
      summary: 'Open-source relational database with strong SQL, JSONB, full-text search and extensions such as pgvector and PostGIS.',
      pros: ['Managed on every cloud and PaaS, and easy to self-host', 'Extensions cover vectors, geospatial, time series and queues'],
      cons: [
        'Vertical scaling first; sharding needs Citus or application work',
        'Connection count limits need a pooler with serverless callers',
      ],
      costClass: 'low',
      complexity: 2,
      skills: ['SQL', 'schema migrations'],
      leans: { resilience: 1, compliance: 1, simplicity: 1, cost: 1, speed: 1 },
      fits: [
        relationalDefault,
        {
          when: platformIs('supabase', 'railway', 'render', 'heroku'),
          weight: 3,
          because: "the platform's managed database is PostgreSQL",
        },
        {
          when: (c) => c.v.compliance('hipaa', 'pci-dss', 'soc2', 'gdpr'),
          weight: 1,
          because: 'auditable transactions and row-level security',
        },
      ],
    },
    {
      id: 'mysql',
      attrs: { engine: 'mysql', componentKind: 'relational' },
      alsoMatches: ['mariadb'],
      title: 'MySQL',
      version: '8.4',
      summary: 'Widely deployed open-source relational database, managed on every hyperscaler and on PlanetScale.',
      pros: ['Mature replication and huge operational knowledge base', 'Natural fit for PHP and Rails ecosystems'],
      cons: ['Fewer advanced types and extensions than PostgreSQL', 'Online schema changes need tooling at size'],
      costClass: 'low',
      complexity: 2,
      skills: ['SQL'],
      leans: { resilience: 1, simplicity: 1, cost: 1 },
      fits: [
        {
          when: (c) => c.v.committedAny('php', 'laravel', 'wordpress', 'rails'),
          weight: 3,
          because: 'the framework is most at home on MySQL',
        },
      ],
    },
    {
      id: 'dynamodb',
      attrs: { engine: 'dynamodb', componentKind: 'document', hosting: 'managed-regional' },
      title: 'Amazon DynamoDB',
      summary:
        'Serverless key-value and document store on AWS, billed per request or provisioned capacity, with single-digit millisecond reads.',
      pros: ['No servers, connections or capacity planning with on-demand mode', 'Point-in-time recovery and global tables built in'],
      cons: ['Access patterns must be designed up front; ad-hoc queries are hard', 'AWS-only data model and API'],
      costClass: 'low',
      complexity: 3,
      skills: ['single-table design', 'AWS IAM'],
      leans: { cost: 1, resilience: 2, simplicity: 0, compliance: 1, speed: 0 },
      rejectIf: needsProviderOf('dynamodb'),
      fits: [
        {
          when: (c) => (family(c) === 'aws' ? c.v.committedAny('aws-lambda') : null),
          weight: 4,
          because: 'Lambda and DynamoDB scale together without connection limits',
        },
      ],
    },
    {
      id: 'mongodb',
      attrs: { engine: 'mongodb', componentKind: 'document' },
      title: 'MongoDB',
      version: '7.0',
      summary: 'Document database with flexible schemas, available as Atlas on every hyperscaler or self-hosted.',
      pros: ['Schema flexibility for varied documents', 'Atlas runs on AWS, Azure and GCP'],
      cons: ['Multi-document transactions and joins are weaker than SQL', 'SSPL licence limits some self-hosted and managed offerings'],
      costClass: 'medium',
      complexity: 2,
      skills: ['document modelling'],
      leans: { speed: 1, simplicity: 0 },
      fits: [],
    },
    {
      id: 'firestore',
      attrs: { engine: 'firestore', componentKind: 'document', hosting: 'saas' },
      title: 'Cloud Firestore',
      summary: 'Serverless document database from Google with realtime listeners and offline client SDKs.',
      pros: ['Realtime sync and offline support in client SDKs', 'Scales automatically with no capacity settings'],
      cons: ['Limited query model and per-operation pricing', 'Security rules become complex business logic'],
      costClass: 'low',
      complexity: 2,
      skills: ['document modelling', 'security rules'],
      leans: { speed: 2, simplicity: 1, compliance: 0 },
      needsProvider: 'on-platform',
      fits: [{ when: platformIs('firebase'), weight: 6, because: 'Firestore is the database of Firebase' }],
    },
    {
      id: 'cosmos-db',
      attrs: { engine: 'cosmos-db', componentKind: 'document', hosting: 'managed-regional' },
      title: 'Azure Cosmos DB',
      summary: 'Globally distributed multi-model database on Azure with tunable consistency and serverless or provisioned throughput.',
      pros: ['Multi-region writes and SLAs up to 99.999 %', 'Serverless mode for spiky workloads'],
      cons: ['Request-unit pricing needs careful partition design', 'Azure only'],
      costClass: 'medium',
      complexity: 3,
      skills: ['partition key design'],
      leans: { resilience: 2, cost: -1 },
      rejectIf: needsProviderOf('cosmos-db'),
      fits: [
        {
          when: (c) => (family(c) === 'azure' ? c.v.committedAny('azure-functions') : null),
          weight: 3,
          because: 'serverless functions on Azure pair with Cosmos DB',
        },
      ],
    },
    {
      id: 'sqlite',
      attrs: { engine: 'sqlite', componentKind: 'relational', hosting: 'embedded' },
      title: 'SQLite',
      version: '3',
      summary: 'Embedded database file in the application process, optionally replicated to object storage with Litestream.',
      pros: ['No server, no network hop, trivially backed up', 'Ideal for a single process or a single-node tool'],
      cons: ['One writer at a time and one host', 'No failover; not for several application replicas'],
      costClass: 'free',
      complexity: 1,
      skills: ['SQL'],
      leans: { cost: 2, simplicity: 2, resilience: -2, compliance: -1, speed: 2 },
      rejectIf: (c) => (c.v.availabilityAtLeast(99.95) ? 'an embedded single-host database cannot meet the availability target' : null),
      fits: [{ when: (c) => c.v.teamAtMost(1) ?? c.v.budgetBelow(50), weight: 2, because: 'a single-node tool needs no database server' }],
    },
    {
      id: 'convex',
      attrs: { engine: 'convex', componentKind: 'document', hosting: 'saas' },
      title: 'Convex database',
      summary: 'Transactional document database of the Convex backend, queried by TypeScript functions with live subscriptions.',
      pros: ['Reactive queries push updates to clients', 'Schema, functions and data deploy together'],
      cons: ['Proprietary platform and query model', 'Export and migration paths are yours to build'],
      costClass: 'low',
      complexity: 1,
      skills: ['TypeScript', 'Convex'],
      leans: { speed: 2, simplicity: 2, compliance: -1 },
      rejectIf: needsPlatform('convex'),
      fits: [{ when: platformIs('convex'), weight: 6, because: 'the backend platform is Convex' }],
    },
    {
      id: 'cloudkit',
      attrs: { engine: 'cloudkit', componentKind: 'document', hosting: 'saas' },
      title: 'CloudKit databases',
      summary:
        'Private, shared and public CloudKit databases (with custom zones) synced to native Apple apps, often through SwiftData or Core Data.',
      pros: ["Sync across a user's devices with no server code", "Storage billed largely against users' iCloud quota"],
      cons: ['Apple clients only; limited server-side querying', 'No point-in-time restore of your own'],
      costClass: 'free',
      complexity: 1,
      skills: ['CloudKit', 'SwiftData or Core Data'],
      leans: { cost: 2, simplicity: 2, compliance: -1 },
      rejectIf: needsPlatform('cloudkit'),
      fits: [{ when: platformIs('cloudkit'), weight: 6, because: 'the app syncs through CloudKit' }],
    },
  ],
});
