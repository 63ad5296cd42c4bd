// What the analyses know about a class of component: published SLA, default limits and per-instance capacity.

export type ComponentKind =
  | 'function'
  | 'edge-function'
  | 'container-service'
  | 'kubernetes'
  | 'paas'
  | 'vm'
  | 'relational-db'
  | 'nosql-db'
  | 'embedded-db'
  | 'baas'
  | 'cache'
  | 'object-store'
  | 'queue'
  | 'api-gateway'
  | 'cdn'
  | 'other';

export interface Limit {
  value: number;
  /** What the limit is and where the figure comes from. */
  what: string;
}

export interface ComponentSpec {
  kind: ComponentKind;
  /** Published or typical monthly availability, percent, for one deployment of the component. */
  sla: number;
  slaBasis: string;
  /** Requests per second one instance serves at the target utilisation (an assumption, stated). */
  perInstanceRps?: number;
  /** Concurrent executions allowed by default (functions). */
  concurrency?: Limit;
  /** Requests one instance handles at once (Cloud Run style). */
  perInstanceConcurrency?: number;
  maxInstances?: Limit;
  maxConnections?: Limit;
  /** A request-rate ceiling of the service itself. */
  throughput?: Limit;
  /** More than one instance cannot share it (SQLite, one VM without a balancer). */
  singleInstance?: boolean;
}

/** Requests per second one instance of a typical web service handles at 70 % CPU (about 3.5 ms CPU per request on 1 vCPU). */
export const INSTANCE_RPS = 200;

interface Rule {
  match: RegExp;
  spec: ComponentSpec;
}

const RULES: Rule[] = [
  {
    match: /aws-lambda|\blambda\b/,
    spec: {
      kind: 'function',
      sla: 99.95,
      slaBasis: 'AWS Lambda SLA',
      concurrency: { value: 1000, what: 'AWS Lambda default regional concurrency quota (1,000)' },
    },
  },
  {
    match: /azure-functions/,
    spec: {
      kind: 'function',
      sla: 99.95,
      slaBasis: 'Azure Functions SLA',
      maxInstances: { value: 200, what: 'Azure Functions Consumption plan scale-out limit (200 instances)' },
      perInstanceRps: INSTANCE_RPS,
    },
  },
  {
    match: /cloud-functions|firebase-functions/,
    spec: {
      kind: 'function',
      sla: 99.95,
      slaBasis: 'Cloud Functions SLA',
      maxInstances: { value: 100, what: 'Cloud Functions default maximum instances (100)' },
      perInstanceConcurrency: 1,
    },
  },
  {
    match: /cloudflare-workers|cloudflare-pages|vercel-functions|edge-functions|supabase-edge|convex-functions|netlify-functions/,
    spec: { kind: 'edge-function', sla: 99.9, slaBasis: 'typical published edge/serverless platform SLA' },
  },
  { match: /serverless|faas|function/, spec: { kind: 'function', sla: 99.95, slaBasis: 'managed functions SLA' } },
  {
    match: /cloud-run/,
    spec: {
      kind: 'container-service',
      sla: 99.95,
      slaBasis: 'Cloud Run SLA',
      perInstanceConcurrency: 80,
      maxInstances: { value: 100, what: 'Cloud Run default maximum instances per service (100)' },
      perInstanceRps: INSTANCE_RPS,
    },
  },
  {
    match: /\beks\b|\baks\b|\bgke\b|kubernetes|\bk8s\b|openshift/,
    spec: {
      kind: 'kubernetes',
      sla: 99.95,
      slaBasis: 'managed Kubernetes control-plane SLA (EKS/AKS/GKE regional)',
      perInstanceRps: INSTANCE_RPS,
    },
  },
  {
    match: /\becs\b|fargate|app-service|container-apps|app-engine|elastic-beanstalk|container/,
    spec: {
      kind: 'container-service',
      sla: 99.95,
      slaBasis: 'managed container service SLA (ECS/Fargate, App Service, Container Apps)',
      perInstanceRps: INSTANCE_RPS,
    },
  },
  {
    match: /railway|render|heroku|fly-io|vercel|netlify|paas|platform-service/,
    spec: {
      kind: 'paas',
      sla: 99.9,
      slaBasis: 'typical PaaS commitment; most plans below enterprise publish none',
      perInstanceRps: INSTANCE_RPS,
    },
  },
  {
    match: /\bvms?\b|virtual-machine|ec2|droplet|docker-compose|docker|on-prem|digitalocean|hetzner|linode|ovhcloud|\bservers?\b/,
    spec: { kind: 'vm', sla: 99.5, slaBasis: 'single-instance VM SLA (EC2: 99.5 %)', perInstanceRps: INSTANCE_RPS, singleInstance: true },
  },
  { match: /sqlite/, spec: { kind: 'embedded-db', sla: 99.5, slaBasis: "shares the host VM's availability", singleInstance: true } },
  {
    match: /postgres|pgvector|timescale|supabase|aurora|rds|cloud-sql|neon/,
    spec: {
      kind: 'relational-db',
      sla: 99.5,
      slaBasis: 'single-instance managed database SLA (RDS single-AZ 99.5 %)',
      maxConnections: { value: 100, what: 'PostgreSQL default max_connections (100)' },
    },
  },
  {
    match: /mysql|mariadb|planetscale/,
    spec: {
      kind: 'relational-db',
      sla: 99.5,
      slaBasis: 'single-instance managed database SLA',
      maxConnections: { value: 151, what: 'MySQL default max_connections (151)' },
    },
  },
  {
    match: /sql-server|oracle-db|relational/,
    spec: { kind: 'relational-db', sla: 99.5, slaBasis: 'single-instance managed database SLA' },
  },
  {
    match: /dynamodb/,
    spec: {
      kind: 'nosql-db',
      sla: 99.99,
      slaBasis: 'DynamoDB SLA',
      throughput: { value: 40000, what: 'DynamoDB default per-table throughput quota (40,000 read units/s)' },
    },
  },
  {
    match: /cosmos-db|firestore|bigtable|mongodb|cassandra|nosql|document/,
    spec: { kind: 'nosql-db', sla: 99.95, slaBasis: 'managed document database SLA (single region)' },
  },
  { match: /convex|firebase|cloudkit/, spec: { kind: 'baas', sla: 99.9, slaBasis: 'typical backend-as-a-service commitment' } },
  {
    match: /redis|memcached|valkey|elasticache|memorystore|cloudflare-kv|cache/,
    spec: {
      kind: 'cache',
      sla: 99.9,
      slaBasis: 'single-node managed cache SLA',
      throughput: { value: 100000, what: 'one cache node (~100,000 simple operations/s)' },
    },
  },
  {
    match: /\bs3\b|gcs|azure-blob|\br2\b|spaces|supabase-storage|object/,
    spec: {
      kind: 'object-store',
      sla: 99.9,
      slaBasis: 'object storage SLA (S3 Standard 99.9 %)',
      throughput: { value: 5500, what: 'S3 request rate per key prefix (5,500 GET/s)' },
    },
  },
  {
    match: /\bsqs\b|\bsns\b|kafka|rabbitmq|pubsub|event-hubs|service-bus|kinesis|nats|eventbridge|queue|messag/,
    spec: { kind: 'queue', sla: 99.9, slaBasis: 'managed messaging SLA' },
  },
  {
    match: /api-gateway|apigee|api-management/,
    spec: {
      kind: 'api-gateway',
      sla: 99.95,
      slaBasis: 'API Gateway SLA',
      throughput: { value: 10000, what: 'AWS API Gateway default account throttle (10,000 requests/s)' },
    },
  },
  { match: /cloudfront|cdn|front-door|cloud-cdn|cloudflare/, spec: { kind: 'cdn', sla: 99.9, slaBasis: 'CDN SLA (CloudFront 99.9 %)' } },
];

const OTHER: ComponentSpec = { kind: 'other', sla: 99.9, slaBasis: 'no published figure known; 99.9 % assumed' };

/** Classifies a technology or option id (its title helps when the id is generic). */
export function componentSpec(id: string, title = ''): ComponentSpec {
  const hay = `${id} ${title}`.toLowerCase();
  for (const r of RULES) if (r.match.test(id.toLowerCase())) return r.spec;
  for (const r of RULES) if (r.match.test(hay)) return r.spec;
  return OTHER;
}

/** RDS-style max connections from instance memory: LEAST(memory / 9,531,392 bytes, 5000). */
export function rdsMaxConnections(memoryGiB: number): number {
  return Math.min(Math.floor((memoryGiB * 1024 ** 3) / 9531392), 5000);
}

/** Database classes the stress test sizes against, smallest first. */
export const DB_CLASSES = [
  { name: 'db.t3.micro (1 GiB)', memoryGiB: 1 },
  { name: 'db.t3.medium (4 GiB)', memoryGiB: 4 },
  { name: 'db.r6g.large (16 GiB)', memoryGiB: 16 },
  { name: 'db.r6g.2xlarge (64 GiB)', memoryGiB: 64 },
];
