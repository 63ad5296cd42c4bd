// Shared data shapes of the pipeline: source documents, facts, profile, decisions, model, concerns.
import type { OptionAttributes } from './decide/option-attributes.js';

/** What a planning document is for; decides how much its words weigh. */
export type DocRole = 'prd' | 'architecture' | 'tech-stack' | 'guidelines' | 'deployment' | 'prior-output' | 'other';

/** Where a fact came from: a file (project-relative, POSIX separators), a 1-based line, the quoted text. */
export interface Evidence {
  file: string;
  line: number;
  quote: string;
}

/** What a section is about, as far as extraction cares. */
export type SectionKind =
  | 'tech-stack'
  | 'alternatives'
  | 'future'
  | 'technical-assumptions'
  | 'requirements'
  | 'constraints'
  | 'deployment'
  | 'security'
  | 'example'
  | 'normal';

/** A heading and everything under it, with 1-based line numbers. */
export interface Section {
  title: string;
  depth: number;
  /** Line of the heading (0 for the document's implicit root). */
  line: number;
  /** Last line that belongs to this section (inclusive). */
  endLine: number;
  /** Titles from the document root down to this section. */
  trail: string[];
  kind: SectionKind;
  children: Section[];
}

/** One block of text inside a document, the unit extraction reads. */
export interface Block {
  type: 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'table-header' | 'code' | 'blockquote';
  text: string;
  line: number;
  endLine: number;
  /** The innermost section holding the block. */
  section: Section;
  /** For table rows: the cells, and the header cells of their table. */
  cells?: string[];
  header?: string[];
  /** For code blocks: the fence's language. */
  lang?: string;
}

/** A planning document after ingest: its text, its section tree and its blocks. */
export interface SourceDoc {
  path: string;
  role: DocRole;
  text: string;
  root: Section;
  blocks: Block[];
  /** The YAML front matter, when the document opens with one (its first line and its mapping). */
  frontMatter?: { line: number; data: Record<string, unknown> };
  /** Problems met while reading it (structure flattened beyond sane limits); absent when none. */
  warnings?: Diagnostic[];
}

/** A problem found while reading or analysing; accumulated, never thrown. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** The message id (kept under its older name too). */
  code: string;
  /** Stable id of the message; tests assert it, never the wording (see src/core/diagnostics). */
  messageId?: string;
  /** The values the message template was filled from. */
  data?: Readonly<Record<string, string | number>>;
  message: string;
  file?: string;
  line?: number;
  /** What the user can do about it. */
  hint?: string;
}

/** A canonical id the documents commit to (or mention, for weaker facts). */
export interface ListFact {
  id: string;
  evidence: Evidence[];
  confidence: number;
  /** Committed only as an interface ("S3-compatible storage"): any product answering it meets the statement, not the vendor's. */
  interfaceOnly?: true;
}

export interface ScalarFact<T> {
  value: T;
  evidence: Evidence[];
  confidence: number;
}

export interface DurationFact {
  value: string;
  minutes: number;
  evidence: Evidence[];
  confidence: number;
}

/** Why a technology named in the documents is not a commitment. */
export type MentionReason =
  | 'rejected'
  | 'alternative'
  | 'future'
  | 'example'
  | 'code'
  | 'conditional'
  | 'prior-output'
  | 'provenance'
  | 'dev-only'
  | 'market'
  | 'cost'
  /** A compliance regime named without any word of obligation ("unlike HIPAA", "a tool for SOC 2 teams"). */
  | 'no-obligation'
  /** Replaced by a later or more specific statement: the design over the brief, the copy of a section the stack table agrees with. */
  | 'superseded'
  /** What the product works on, named in its own name ("an EC2 instance manager"), not what it runs on. */
  | 'subject';

export interface Mention {
  id: string;
  category: TechCategory;
  reason: MentionReason;
  evidence: Evidence[];
}

export type TechCategory =
  'cloudProviders' | 'dataStores' | 'compute' | 'iacTools' | 'ciCd' | 'compliance' | 'languages' | 'frameworks' | 'services';

export type ScaleKind =
  | 'users'
  | 'concurrent-users'
  | 'concurrent-connections'
  | 'tenants'
  | 'requests-per-second'
  | 'requests-per-minute'
  | 'transactions-per-minute'
  | 'data-volume-gb'
  | 'growth-percent'
  | 'latency-ms';

export interface ScaleFact {
  kind: ScaleKind;
  value: number;
  text: string;
  evidence: Evidence[];
}

export interface BudgetFact {
  /** Monthly amount in the stated currency. */
  monthly: number;
  currency: string;
  text: string;
  evidence: Evidence[];
}

export interface ConstraintFact {
  /** Stable id derived from the text, e.g. `constraint-3f2a`. */
  id: string;
  kind: 'must' | 'prohibit' | 'prefer';
  text: string;
  /** Canonical technology ids the constraint talks about. */
  subjects: string[];
  source: 'guidelines' | 'technical-assumptions' | 'requirements' | 'architecture';
  evidence: Evidence[];
}

export interface NfrFact {
  id: string;
  text: string;
  category: 'performance' | 'availability' | 'security' | 'scalability' | 'compliance' | 'cost' | 'operability' | 'other';
  evidence: Evidence[];
}

/** A statement of the PRD's "Technical Assumptions", kept for the cross-reference table. */
export interface AssumptionStatement {
  topic: string;
  text: string;
  /** Canonical ids it names. */
  subjects: string[];
  /** Of those, the ones it refuses ("no Kubernetes", "we are not running X"); additive. */
  negated?: string[];
  /** Of those, the ones it commits to (not refused, deferred, optional or an example); additive. */
  positive?: string[];
  evidence: Evidence[];
}

export interface Conflict {
  field: string;
  message: string;
  ids: string[];
  evidence: Evidence[];
}

/** What the team ships and operates (contract: canonical-ids.md, productArchetype); decides which domains apply. */
export type ProductArchetype = 'hosted-service' | 'self-hosted-distributable' | 'client-app' | 'embedded-device' | 'library-or-cli';

/** The role a technology plays in the system: the slot a tech stack row or a "hosted on X" statement fills. */
export type TechSlot =
  | 'hosting-platform'
  | 'runtime'
  | 'database'
  | 'cache'
  | 'queue'
  | 'object-storage'
  | 'search'
  | 'ci-cd'
  | 'iac'
  | 'identity'
  | 'secrets'
  | 'telemetry'
  | 'cdn-waf'
  | 'waf'
  | 'load-balancer'
  | 'registry'
  | 'distribution-channel'
  | 'api-gateway'
  | 'workflow'
  | 'vector-store'
  | 'warehouse'
  | 'paging'
  | 'service-mesh'
  | 'framework'
  | 'language'
  | 'other';

/** A technology the inputs name in a slot that the knowledge catalogue lacks: carried as is, never replaced. */
export interface UnknownTechFact {
  /** Kebab-case form of the name as written. */
  id: string;
  name: string;
  slot: TechSlot;
  evidence: Evidence[];
  confidence: number;
}

export type { OptionAttributes };
export type { ExternalServiceFact } from './extract/external-services.js';
export type { ClientFact, ClientKind } from './extract/clients.js';
import type { ExternalServiceFact } from './extract/external-services.js';
import type { ClientFact, ClientKind } from './extract/clients.js';

export interface Profile {
  projectName: ScalarFact<string> | null;
  productArchetype: ScalarFact<ProductArchetype> | null;
  cloudProviders: ListFact[];
  architectureStyle: ScalarFact<string> | null;
  repositoryStrategy: ScalarFact<string> | null;
  dataStores: ListFact[];
  compute: ListFact[];
  iacTools: ListFact[];
  ciCd: ListFact[];
  compliance: ListFact[];
  availabilityTarget: ScalarFact<number> | null;
  rto: DurationFact | null;
  rpo: DurationFact | null;
  regions: ListFact[];
  languages: ListFact[];
  frameworks: ListFact[];
  /** Identity, secrets, telemetry and paging services the documents commit to (Cognito, Vault, Datadog, …). */
  services: ListFact[];
  /** Technologies named in a slot that the catalogue does not know (open world). */
  unknownTechnologies: UnknownTechFact[];
  /** Third-party APIs and SaaS the system calls, named as the inputs name them (additive). */
  externalServices: ExternalServiceFact[];
  /** Apps and devices that call the system from outside (additive; the web front end is a framework fact). */
  clients: ClientFact[];
  /** The environments the inputs list (dev, qa, preview, staging, prod or the name as written); absent when none. */
  environments?: ListFact[];
  /** How a release replaces the running version, when the inputs state it (blue-green, canary, rolling, recreate). */
  deploymentStrategy?: ScalarFact<string> | null;
  /** Lines carrying a credential, or saying one is committed to the repository, with the secret redacted (additive). */
  committedSecrets?: Evidence[];
  mentions: Mention[];
  scale: ScaleFact[];
  budget: BudgetFact[];
  /** Size, stated skills, and skills the documents say the team lacks (`gaps`: "no Kubernetes experience", "no dedicated ops staff"). */
  team: { size: ScalarFact<number> | null; skills: ListFact[]; gaps?: ListFact[] };
  constraints: ConstraintFact[];
  nfrs: NfrFact[];
  technicalAssumptions: AssumptionStatement[];
  /** The design's own committed sentences about its deployment (regions, zones, servers, standby, backups); additive. */
  deploymentStatements?: { text: string; evidence: Evidence[] }[];
  conflicts: Conflict[];
  sources: { file: string; role: DocRole; lines: number }[];
}

/** One entry of a score's explanation trail. */
export interface ExplainEntry {
  option: string;
  delta: number;
  reason: string;
  evidence: Evidence[];
}

export interface DecisionOption {
  id: string;
  title: string;
  summary: string;
  pros: string[];
  cons: string[];
  score: number;
  costClass: CostClass;
  complexity: number;
}

export type CostClass = 'free' | 'low' | 'medium' | 'high';

export type DomainId =
  | 'cloud'
  | 'network'
  | 'compute'
  | 'data'
  | 'security'
  | 'observability'
  | 'cicd'
  | 'dr'
  | 'cost'
  | 'environments'
  | 'evolution'
  | 'collaboration';

export interface Decision {
  id: string;
  domain: DomainId;
  question: string;
  choice: string;
  choiceTitle: string;
  /** How the choice was made: committed in the inputs, scored, or picked by the user. */
  basis: 'committed' | 'scored' | 'user';
  /** The 2–3 strongest viable options, the choice first. */
  options: DecisionOption[];
  rejected: { id: string; title: string; reason: string }[];
  rationale: string;
  evidence: { file: string; line: number }[];
  assumptions: string[];
  explain: ExplainEntry[];
  conflicts: string[];
  /** Other options the inputs also commit to (a project may use several platforms at once). */
  alsoCommitted: string[];
  notes: string[];
  /** The chosen option's typed meaning (additive: absent on decisions recorded before it existed). */
  attributes?: OptionAttributes;
  /** Set when the choice is a technology the inputs state that no option names (possibly unknown to the knowledge base). */
  stated?: { id: string; name: string; unknown: boolean; evidence: Evidence[] };
}

/** What a person said during a session that changes how decisions are made. */
export type Priority = 'cost' | 'simplicity' | 'resilience' | 'compliance' | 'speed';

export interface UserInput {
  /** Decision point id → option id the user picked. */
  choices: Record<string, string>;
  priorities: Priority[];
  /** Free-text constraints; each may exclude or require technology ids. */
  constraints: { text: string; excludes: string[]; requires: string[] }[];
  notes: Record<string, string[]>;
}

export type ZoneKind = 'edge' | 'public' | 'private' | 'data' | 'management' | 'external';

export interface InfraModel {
  project: string;
  platform: { primary: string; providers: string[] };
  regions: { id: string; role: 'primary' | 'secondary' | 'backup' }[];
  environments: { id: string; name: string; purpose: string; isolation: string; promotesTo: string | null }[];
  zones: { id: string; name: string; kind: ZoneKind }[];
  /** `scalingMode`: the scaling decision's typed model, when one was decided (rules read it, never the `scaling` words). */
  compute: {
    id: string;
    name: string;
    tech: string;
    zone: string;
    scaling: string;
    scalingMode?: 'autoscale' | 'scale-to-zero' | 'fixed' | 'scheduled';
    role?: ComputeRole;
    from?: string[];
  }[];
  dataStores: {
    id: string;
    name: string;
    tech: string;
    zone: string;
    kind: 'relational' | 'document' | 'cache' | 'object' | 'queue' | 'search' | 'vector' | 'other';
    backup: string | null;
    /** The backups restore to any point in time (typed from the backup decision or the default backup). */
    pointInTime?: boolean;
    encrypted: boolean;
    publicEndpoint: boolean;
    from?: string[];
  }[];
  externalServices: { id: string; name: string }[];
  flows: { from: string; to: string; label: string }[];
  pipelines: { id: string; name: string; tool: string; stages: { id: string; name: string; approval: boolean }[] }[];
  trustBoundaries: { id: string; name: string; members: string[] }[];
  /** Who and what fills each role, by id (render/model-ref resolves the names); `waf` is null when there is none. */
  security: { identity: ModelRef; secrets: ModelRef; encryption: string; waf: ModelRef | null };
  observability: { metrics: ModelRef; logs: ModelRef; traces: ModelRef; alerting: ModelRef };
  dr: {
    /** Display name of the tier (the decision's title). */
    tier: string;
    /** The tier's catalogue id, which every analysis reads its RTO/RPO from (additive: absent in older model.json files). */
    tierId?: string;
    /** Stated recovery targets (null when the inputs state none). */
    rtoMinutes: number | null;
    rpoMinutes: number | null;
    backupRegion: string | null;
  };
  iac: string | null;
  costLines: { item: string; monthlyLow: number; monthlyHigh: number; basis: string; from?: string[] }[];
  /**
   * The capacity plan the cost lines are priced from (additive): the peak it was sized for (null when the inputs state
   * no load) and each long-running unit's instances per environment.
   */
  capacity?: {
    peakRps: number | null;
    basis: string | null;
    units: {
      id: string;
      name: string;
      vcpu: number;
      memoryGb: number;
      production: { min: number; max: number };
      scaledOn: 'requests' | 'queue depth';
      staging: { count: number; vcpu: number; memoryGb: number };
      development: { count: number; vcpu: number; memoryGb: number };
    }[];
  };
  /** Cuts that bring the high estimate towards the stated budget, largest saving first (additive; only when over it). */
  costCuts?: { cut: string; savesMonthly: number; from?: string[] }[];
  /** What the model had to assume because neither the inputs nor a decision said (additive). */
  assumptions?: string[];
  /** Domains that do not apply to this product, each with its one-line reason (additive). */
  notApplicable?: { domain: DomainId; reason: string }[];
  /** Apps and devices outside the system that call it, named from the inputs (additive). */
  clients?: { id: string; name: string; kind: ClientKind }[];
  /** Who runs what (additive; `productHosting` in decide/applicability): the team operates a system; nothing is hosted at all. */
  hosting?: { teamOperates: boolean; shipsOnly: boolean };
}

/** A security or observability role the platform family fills by default (knowledge/platform-families.yaml operations). */
export type OperationRole = 'identity' | 'secrets' | 'metrics' | 'logs' | 'traces' | 'alerting';

/**
 * What fills a role in the model, held by id: the option a decision chose (`point`, `option`), a catalogue
 * technology (`tech`), or what the platform family supplies for the role (`family`, `role`). Names are resolved
 * only when rendering (model/model-ref.ts).
 */
export type ModelRef = { point: string; option: string } | { tech: string } | { family: string; role: OperationRole };

/** What a compute unit does in the system, for diagrams and reviews. */
export type ComputeRole = 'frontend' | 'api' | 'worker' | 'gateway' | 'edge' | 'service';

export type ConcernLevel = 'green' | 'yellow' | 'red';
export type ReviewCategory =
  'operational-complexity' | 'resource-constraints' | 'security-implementation' | 'operational-overhead' | 'technology-constraints';

export interface Concern {
  id: string;
  rule: string;
  subject: string;
  category: ReviewCategory;
  level: ConcernLevel;
  title: string;
  message: string;
  /** The rule's message id behind `message`, and the values filled into it (rules converted to message ids). */
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
  status: 'open' | 'accepted' | 'mitigated' | 'false-positive' | 'resolved';
  justification?: string;
  evidence: { facts: Evidence[]; model: string[] };
  mitigation: string;
  resolvedBy: string | null;
}
