// What the model needs to know about a technology id: display name, role in the model, rough monthly price.
import { ALL_ALIASES } from '../extract/aliases/index.js';

export type TechRole = 'cdn' | 'edge-compute' | 'gateway' | 'function' | 'container' | 'orchestrator' | 'paas' | 'vm' | 'static-host'
  | 'relational' | 'document' | 'cache' | 'object' | 'queue' | 'search' | 'vector' | 'warehouse' | 'other-store';

export interface TechInfo {
  name: string;
  role: TechRole;
  /** Indicative monthly price range (USD) for one small production instance; estimates, not quotes. */
  low: number;
  high: number;
  /** Version to pin where it matters. */
  version?: string;
  /** Hosted by a third party and reachable over the internet by default. */
  publicByDefault?: boolean;
}

const t = (name: string, role: TechRole, low: number, high: number, extra: Partial<TechInfo> = {}): TechInfo => ({ name, role, low, high, ...extra });

/** Small price table: list prices of the entry tier rounded, enough to show the order of magnitude. */
export const TECH: Record<string, TechInfo> = {
  cloudfront: t('Amazon CloudFront', 'cdn', 1, 50),
  'cloudfront-functions': t('CloudFront Functions', 'edge-compute', 0, 5),
  'api-gateway': t('Amazon API Gateway', 'gateway', 4, 60),
  'aws-lambda': t('AWS Lambda', 'function', 0, 40, { version: 'Node.js 20 / Python 3.12 runtime' }),
  'azure-functions': t('Azure Functions', 'function', 0, 40),
  'cloud-functions': t('Google Cloud Functions', 'function', 0, 40),
  'cloud-run': t('Google Cloud Run', 'container', 5, 80),
  'app-engine': t('Google App Engine', 'paas', 10, 80),
  'app-service': t('Azure App Service', 'paas', 15, 150),
  'container-apps': t('Azure Container Apps', 'container', 5, 80),
  'elastic-beanstalk': t('AWS Elastic Beanstalk', 'paas', 20, 150),
  ecs: t('Amazon ECS', 'container', 15, 150),
  fargate: t('AWS Fargate', 'container', 15, 150),
  eks: t('Amazon EKS', 'orchestrator', 75, 400, { version: 'Kubernetes 1.30' }),
  aks: t('Azure Kubernetes Service', 'orchestrator', 70, 400, { version: 'Kubernetes 1.30' }),
  gke: t('Google Kubernetes Engine', 'orchestrator', 75, 400, { version: 'Kubernetes 1.30' }),
  kubernetes: t('Kubernetes', 'orchestrator', 70, 400, { version: 'Kubernetes 1.30' }),
  vms: t('Virtual machines', 'vm', 10, 200),
  docker: t('Docker containers', 'container', 5, 50, { version: 'Docker Engine 27' }),
  'docker-compose': t('Docker Compose', 'container', 5, 50, { version: 'Compose v2' }),
  'vercel-functions': t('Vercel Functions', 'function', 0, 20),
  'edge-functions': t('Edge functions', 'edge-compute', 0, 20),
  'cloudflare-workers': t('Cloudflare Workers', 'edge-compute', 0, 25),
  'supabase-edge-functions': t('Supabase Edge Functions', 'edge-compute', 0, 10),
  'firebase-functions': t('Cloud Functions for Firebase', 'function', 0, 25),
  vercel: t('Vercel', 'static-host', 0, 20),
  netlify: t('Netlify', 'static-host', 0, 19),
  railway: t('Railway', 'paas', 5, 50),
  render: t('Render', 'paas', 7, 85),
  'fly-io': t('Fly.io', 'paas', 5, 60),
  heroku: t('Heroku', 'paas', 7, 100),
  cloudflare: t('Cloudflare', 'cdn', 0, 25),
  digitalocean: t('DigitalOcean Droplet', 'vm', 6, 96),
  hetzner: t('Hetzner server', 'vm', 5, 60),
  linode: t('Linode instance', 'vm', 5, 80),
  'on-prem': t('On-premises servers', 'vm', 0, 0),
  'cloud-cdn': t('Cloud Storage with Cloud CDN', 'static-host', 1, 40),
  'static-web-apps': t('Azure Static Web Apps', 'static-host', 0, 9),
  nginx: t('Nginx static hosting', 'static-host', 0, 0, { version: 'nginx 1.26' }),
  postgresql: t('PostgreSQL', 'relational', 15, 200, { version: 'PostgreSQL 16' }),
  mysql: t('MySQL', 'relational', 15, 200, { version: 'MySQL 8.4' }),
  mariadb: t('MariaDB', 'relational', 15, 200, { version: 'MariaDB 11.4' }),
  sqlite: t('SQLite', 'relational', 0, 0, { version: 'SQLite 3' }),
  'sql-server': t('SQL Server', 'relational', 30, 400, { version: 'SQL Server 2022' }),
  'oracle-db': t('Oracle Database', 'relational', 100, 800),
  mongodb: t('MongoDB', 'document', 0, 200, { version: 'MongoDB 7' }),
  dynamodb: t('Amazon DynamoDB', 'document', 1, 60),
  'cosmos-db': t('Azure Cosmos DB', 'document', 5, 150),
  firestore: t('Cloud Firestore', 'document', 0, 60, { publicByDefault: true }),
  cassandra: t('Apache Cassandra', 'document', 100, 600),
  redis: t('Redis', 'cache', 10, 120, { version: 'Redis 7.2' }),
  memcached: t('Memcached', 'cache', 10, 80),
  elasticsearch: t('Elasticsearch', 'search', 50, 300, { version: 'Elasticsearch 8' }),
  opensearch: t('OpenSearch', 'search', 30, 300, { version: 'OpenSearch 2' }),
  s3: t('Amazon S3', 'object', 1, 30),
  'azure-blob-storage': t('Azure Blob Storage', 'object', 1, 30),
  gcs: t('Google Cloud Storage', 'object', 1, 30),
  r2: t('Cloudflare R2', 'object', 0, 15),
  'supabase-storage': t('Supabase Storage', 'object', 0, 25, { publicByDefault: true }),
  kafka: t('Apache Kafka', 'queue', 100, 600),
  rabbitmq: t('RabbitMQ', 'queue', 20, 150, { version: 'RabbitMQ 3.13' }),
  sqs: t('Amazon SQS', 'queue', 0, 20),
  sns: t('Amazon SNS', 'queue', 0, 10),
  eventbridge: t('Amazon EventBridge', 'queue', 0, 10),
  pubsub: t('Google Pub/Sub', 'queue', 0, 40),
  'event-hubs': t('Azure Event Hubs', 'queue', 10, 150),
  'service-bus': t('Azure Service Bus', 'queue', 10, 100),
  kinesis: t('Amazon Kinesis', 'queue', 15, 150),
  neo4j: t('Neo4j', 'other-store', 65, 400),
  pinecone: t('Pinecone', 'vector', 0, 70, { publicByDefault: true }),
  pgvector: t('pgvector', 'vector', 0, 0, { version: 'pgvector 0.7' }),
  qdrant: t('Qdrant', 'vector', 0, 100),
  weaviate: t('Weaviate', 'vector', 25, 150),
  chromadb: t('ChromaDB', 'vector', 0, 50),
  timescaledb: t('TimescaleDB', 'relational', 30, 200),
  influxdb: t('InfluxDB', 'other-store', 0, 150),
  bigquery: t('BigQuery', 'warehouse', 0, 100),
  snowflake: t('Snowflake', 'warehouse', 25, 400),
  redshift: t('Amazon Redshift', 'warehouse', 180, 800),
  supabase: t('Supabase', 'relational', 0, 25, { publicByDefault: true, version: 'PostgreSQL 15 (Supabase)' }),
  firebase: t('Firebase', 'document', 0, 25, { publicByDefault: true }),
  convex: t('Convex', 'document', 0, 25, { publicByDefault: true }),
};

/** A readable name for any id: the catalogue's, else the id in title case. */
/** Display names from the extractor's alias tables: the first plain spelling is the product's own. */
let aliasNames: Map<string, string> | null = null;
function aliasName(id: string): string | undefined {
  if (!aliasNames) {
    aliasNames = new Map();
    for (const a of ALL_ALIASES) {
      const plain = a.terms.find((t) => !t.startsWith('/')) ?? a.exact?.[0];
      if (plain && !aliasNames.has(a.id)) aliasNames.set(a.id, plain);
    }
  }
  return aliasNames.get(id);
}

export function techName(id: string): string {
  const known = TECH[id];
  if (known) return known.name;
  return aliasName(id) ?? (id.split(/[-_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || id);
}

export function techInfo(id: string): TechInfo | undefined {
  return TECH[id];
}

const STORE_ROLES: TechRole[] = ['relational', 'document', 'cache', 'object', 'queue', 'search', 'vector', 'warehouse', 'other-store'];

export function isStoreRole(r: TechRole | undefined): boolean {
  return !!r && STORE_ROLES.includes(r);
}

/** Front-end frameworks whose output is served to browsers. */
export const FRONTEND_FRAMEWORKS = ['react', 'nextjs', 'vue', 'nuxt', 'angular', 'svelte', 'sveltekit', 'remix', 'astro', 'eleventy', 'gatsby', 'solid', 'solidjs', 'qwik', 'ember', 'preact', 'htmx', 'hugo', 'jekyll', 'vite'];
/** Native or desktop clients: the product ships an app rather than a web front end. */
export const NATIVE_FRAMEWORKS = ['swiftui', 'swift', 'uikit', 'react-native', 'flutter', 'expo', 'kotlin', 'jetpack-compose', 'electron', 'tauri'];
