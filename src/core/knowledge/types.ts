// Shapes of the knowledge catalogue: technologies, regions, regimes and DR tiers, as loaded from knowledge/*.yaml.
import type { TechCategory, TechSlot } from '../types.js';

/** What sort of thing a technology is, which decides how platforms, reviews and the model treat it. */
export const TECH_KINDS = [
  'hyperscaler',
  'paas',
  'server-host',
  'on-premises',
  'managed-service',
  'global-saas',
  'self-hosted-software',
  'embedded-library',
  'client-platform',
  'language',
] as const;
export type TechKind = (typeof TECH_KINDS)[number];

/** Properties that scoring, review and the model ask about. */
export const TECH_TRAITS = [
  'requires-internet',
  'open-source',
  'public-endpoint-by-default',
  'autoscaling',
  'scale-to-zero',
  /** Creates an environment per pull request or branch by itself. */
  'per-change-previews',
  /** A provider's service that clients on any platform commonly reach over the internet (S3, SQS, BigQuery). */
  'reachable-anywhere',
  /** Packages or runs containers on one machine: part of another unit, never a unit of its own in the model. */
  'packaging',
  /** Runs code per request (functions, edge workers): no process stays alive between requests. */
  'per-request',
  /** Works only on a Kubernetes cluster (Helm, Argo CD): committing to it commits to Kubernetes. */
  'needs-kubernetes',
  /**
   * Its API is a de-facto interface other products implement (S3): "<name>-compatible" with no such product chosen commits to
   * the interface itself, not to the vendor.
   */
  'compatible-interface',
  /** A store reached only through its provider's authenticated HTTPS API (Firestore, DynamoDB): no port of its own to close. */
  'api-only-access',
  /** Answers the S3 API, so S3 tools and SDKs work unchanged: what a bare "S3-compatible" requirement asks of a store. */
  's3-api',
  /** Supplies the machines another runtime schedules onto (Fargate under ECS or EKS): named beside it, it is not a rival choice. */
  'runs-under-scheduler',
] as const;
export type TechTrait = (typeof TECH_TRAITS)[number];

/** Where a framework's or language's code runs: in a browser, on a server, or on a user's device. */
export const RUNS_ON = ['browser', 'server', 'device'] as const;
export type RunsOn = (typeof RUNS_ON)[number];

/** What the model draws a technology as. */
export const TECH_ROLES = [
  'cdn',
  'edge-compute',
  'gateway',
  'function',
  'container',
  'orchestrator',
  'paas',
  'vm',
  'static-host',
  'relational',
  'document',
  'cache',
  'object',
  'queue',
  'search',
  'vector',
  'warehouse',
  'other-store',
] as const;
export type TechRole = (typeof TECH_ROLES)[number];

/**
 * How a provider offers a regime's paper (BAA, AoC, authorisation): to ordinary accounts (`standard`), only on
 * particular plans or contracts (`plan`), or carried by the organisation itself on its own hardware (`self`).
 */
export type Attestation = 'standard' | 'plan' | 'self';

/** One way documents spell a technology, and what a hit on that spelling implies. */
export interface AliasGroup {
  /** Profile list a hit lands in, when not the record's own category. */
  category?: TechCategory;
  /** Case-insensitive spellings, matched on word boundaries (spaces also match `-`); `/…/` is a regular-expression source. */
  terms?: string[];
  /** Spellings that must match with exact case ("Pages", "Go"). */
  exact?: string[];
  /** Regular-expression source that must also occur in the block or its section title. */
  vendor?: string;
  /** The vendor pattern is case-sensitive. */
  vendorMatchCase?: boolean;
  /** Only counts in a technology-table row or a tech-stack list item. */
  stackOnly?: boolean;
  /** Further facts a hit establishes, as `category:id`. */
  implies?: string[];
  /** Another id picked when a pattern occurs in the same block (Cloud SQL → mysql when MySQL is named). */
  variants?: { when: string; id: string }[];
}

export interface PriceBand {
  /** Indicative monthly USD for one small production instance; an estimate, not a quote. */
  low: number;
  high: number;
  /** When the figure was read (year or year-month). */
  asOf: string;
  source: string;
}

export interface TechRecord {
  /** Canonical id (canonical-ids.md), else the kebab-case product name. */
  id: string;
  /** Display name. */
  name: string;
  kind: TechKind;
  /** Profile list the technology lands in when the documents name it. */
  category: TechCategory;
  /** Roles it can fill in a system. */
  slots: TechSlot[];
  /** Provider whose account it lives in (`aws` for DynamoDB); a hosting platform is its own provider. */
  provider?: string;
  role?: TechRole;
  traits?: TechTrait[];
  /** Regime id → how the regime's paper is offered. */
  attestations?: Record<string, Attestation>;
  /** Region codes offered (only where the catalogue knows them). */
  regions?: string[];
  price?: PriceBand;
  /** Typical published monthly availability, percent, and where the figure comes from. */
  sla?: { percent: number; basis: string };
  /** Version to pin where it matters (the current major). */
  version?: string;
  /** Frameworks and languages: where their code runs (the model draws a web front end for browser code, an API for server code). */
  runsOn?: RunsOn[];
  /** Hosting platforms: the technology the platform supplies for a slot when no decision names one (its usual runtime, its static host). */
  defaults?: Partial<Record<TechSlot, string>>;
  /** File names that are the technology's own configuration (`Chart.yaml`, `*.tf`): a planned source tree listing one uses it. */
  files?: string[];
  aliases?: AliasGroup[];
  /** Why documents never name this record by a spelling of its own (a record a decision offers must otherwise have one). */
  aliasFree?: string;
}

export interface RegionRecord {
  /** Region code as providers and documents write it (`eu-west-1`, `fra1`), or a geography (`eu`). */
  id: string;
  /** Provider offering it; absent for a geography. */
  provider?: string;
  /** Legal area: `eu` (EU/EEA and UK), `us`, `apac`, `ca`, `latam`, `mea`. */
  jurisdiction: string;
  /** ISO 3166 code (lower case) of the country the region's data centres stand in, or a country geography's own. */
  country?: string;
  geography: string;
  /** Patterns (regular-expression sources) that also name the region, matched on whole tokens. */
  patterns?: string[];
  /**
   * How a statement that data must stay somewhere names this area ("Canada", "Canadian"): the record is a residency
   * area, a country when it has `country`, else its whole legal area. Acronyms in capitals match only as written.
   */
  residencyTerms?: string[];
  /** How prose names the geography itself ("European Union", "Asia-Pacific"): read as this record's id. */
  names?: string[];
  /** Countries and cities inside the geography ("Germany", "Singapore"): read as written, in this record's legal area. */
  places?: string[];
}

/** Named controls an assessor expects to find in a design under a regime (`waf`: a web application firewall on public endpoints). */
export const REGIME_CONTROLS = ['waf'] as const;
export type RegimeControl = (typeof REGIME_CONTROLS)[number];

export interface RegimeRecord {
  id: string;
  name: string;
  /** Regulated: auditors expect key control, approval gates and change records (not just a privacy policy). */
  regulated: boolean;
  /** Audited: attestation frameworks and regulated regimes. */
  audited: boolean;
  obligations: string[];
  /** Controls an assessor expects to find by name. */
  controls?: RegimeControl[];
  /** The paper a vendor must offer (BAA, AoC), when the regime asks one of vendors. */
  vendorPaper?: string;
  /** What it asks of where data lives. */
  dataPlacement?: string;
  /** The residency area (a region record id with residencyTerms) a statement naming this law asks data to stay in. */
  residencyArea?: string;
  aliases?: AliasGroup[];
}

export interface DrTierRecord {
  id: string;
  name: string;
  /** Recovery time a tier delivers in practice, minutes (null: no recovery). */
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  /** Words for the document: `hours`, `minutes`, … */
  rtoBand: string;
  rpoBand: string;
  costClass: 'free' | 'low' | 'medium' | 'high';
  summary: string;
}

/**
 * Families hosting platforms fall into, so options can say what they need in one word. Code branches on these,
 * so the set is fixed here; which platform belongs to which family, and what each brings by default, is data.
 * `kubernetes`: any conformant cluster the system is installed into, cloud not named.
 */
export const PLATFORM_FAMILIES = [
  'aws',
  'azure',
  'gcp',
  'other-hyperscaler',
  'paas',
  'servers',
  'on-prem',
  'kubernetes',
  'unknown',
] as const;
export type PlatformFamily = (typeof PLATFORM_FAMILIES)[number];

/** How a secret store protects credentials: a secrets manager (audited, rotated), platform variables, encrypted files in git. */
export const SECRET_STORES = ['manager', 'platform-variables', 'encrypted-files'] as const;
export type SecretStore = (typeof SECRET_STORES)[number];

/** What a platform family brings for operations when no decision names it, in words for the document. */
export interface PlatformOperations {
  identity: string;
  secrets: string;
  metrics: string;
  logs: string;
  traces: string;
  alerting: string;
  isolation: string;
  network: string;
}

export interface PlatformFamilyRecord {
  id: PlatformFamily;
  /** Platform ids that belong to the family by name. */
  platforms?: string[];
  /** Technology kinds that belong to the family (a platform named by id in another family is not). */
  kinds?: TechKind[];
  /** The family of a platform no other family claims. */
  fallback?: boolean;
  /** What the default secret store is. */
  secretStore: SecretStore;
  operations: PlatformOperations;
}

/** An environment stage a layout can create (`dev`, `staging`, `prod`), or the local and preview environments. */
export interface StageRecord {
  id: string;
  name: string;
  purpose: string;
  /** Who and what may reach it, when the stage fixes that itself (a CI or release stage), not the isolation decision. */
  isolation?: string;
}

/** One unit price of the cost analysis: USD, what it prices, when it was read and where from. */
export interface UnitPrice {
  usd: number;
  /** Top of a range, when the price is one (a placeholder, an allowance that may be exceeded). */
  high?: number;
  /** Name of the item it adds to a bill ("NAT gateway"), for prices a decision adds. */
  label?: string;
  unit: string;
  asOf: string;
  source: string;
}

/** A currency a budget may be stated in, and what one unit of it is worth in USD. */
export interface CurrencyRecord {
  /** ISO 4217 code. */
  id: string;
  usd: number;
  asOf: string;
  source: string;
}

/** Everything the catalogue knows, as plain data (what knowledge/*.yaml compiles to). */
export interface CatalogueData {
  technologies: TechRecord[];
  regions: RegionRecord[];
  regimes: RegimeRecord[];
  drTiers: DrTierRecord[];
  platformFamilies: PlatformFamilyRecord[];
  stages: StageRecord[];
  /** Unit prices of the cost analysis by name, overridable by a pack. */
  prices: Record<string, UnitPrice>;
  currencies: CurrencyRecord[];
}
