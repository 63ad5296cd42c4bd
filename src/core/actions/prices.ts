// Indicative monthly list prices the cost analysis uses; rounded USD, on-demand, US regions, not a quote.

/** Basis printed with every cost result, so a reader knows what the figures are. */
export const PRICE_BASIS =
  'indicative on-demand list prices in USD (US regions, rounded, 2025); excludes tax, support plans and free tiers';

export const PRICES = {
  /** 1 vCPU / 2 GiB container or VM on a hyperscaler (Fargate ≈ $36, t3.small ≈ $15 + storage). */
  hyperscalerInstance: 35,
  /** 2 GiB droplet or cloud server on a server host (DigitalOcean, Hetzner, Linode). */
  serverInstance: 12,
  /** A small always-on service on a PaaS (Railway, Render, Heroku, Fly). */
  paasInstance: 20,
  /** Plan fee of a PaaS or edge platform per project/seat. */
  paasPlan: 20,
  /** Serverless functions per million requests: $0.20 requests + 0.125 GB-s at $0.0000166667. */
  functionPerMillion: 2.28,
  /** Edge workers per million requests after the included quota, plus a base plan. */
  edgePerMillion: 0.3,
  edgePlan: 5,
  /** HTTP API gateway per million requests. */
  gatewayPerMillion: 1.0,
  /** Managed Kubernetes control plane ($0.10/hour). */
  kubernetesControlPlane: 73,
  /** Application load balancer base fee plus light usage. */
  loadBalancer: 18,
  /** One NAT gateway for private subnets to reach the internet. */
  natGateway: 33,
  /** Managed relational database, 2 vCPU / 4 GiB, single zone (db.t3.medium class). */
  managedDatabase: 60,
  /** Managed relational database on a server host (smallest plan). */
  serverDatabase: 15,
  /** Backend-as-a-service or hosted database plan (Supabase Pro, Convex Pro). */
  baasPlan: 25,
  /** Key-value/document database on demand, per million requests at 20 % writes. */
  nosqlPerMillion: 0.45,
  /** Managed cache, one small node. */
  cacheNode: 25,
  /** Database storage per GB-month. */
  databaseStorageGb: 0.115,
  objectStorageGb: 0.023,
  egressGb: 0.09,
  logIngestGb: 0.5,
};

/** Share of compute and database cost a one-year commitment (savings plan, reserved instance) removes. */
export const COMMITMENT_DISCOUNT = 0.3;
/** Share of non-production compute hours saved by running it 12 h × 5 days instead of always. */
export const OFF_HOURS_SAVING = 1 - (12 * 5) / (24 * 7);
