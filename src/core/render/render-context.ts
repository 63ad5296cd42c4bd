// Everything the document and ADR renderers read, gathered once by the pipeline.
import type { Concern, Decision, DomainId, InfraModel, Profile } from '../types.js';
import type { Diagram } from './diagrams/diagram.js';
import type { StatementVerdict } from '../review/consistency/consistency-pass.js';

export interface AdrRef {
  number: number;
  decisionId: string;
  title: string;
  /** Project-relative path, e.g. `docs/adr/0001-use-aws.md`. */
  path: string;
}

export type RunStatus = 'complete' | 'partial' | 'blocked';

export interface RenderContext {
  profile: Profile;
  decisions: Decision[];
  model: InfraModel;
  concerns: Concern[];
  /** The consistency pass's verdict on each statement of the inputs (absent when the caller ran none). */
  consistency?: StatementVerdict[];
  status: RunStatus;
  assumptions: string[];
  openQuestions: string[];
  diagrams: Diagram[];
  date: string;
  adrs: AdrRef[];
  /** Per-domain notes from a session (plain text, escaped on render). */
  sectionNotes?: Partial<Record<DomainId, string[]>>;
  /** Free-text constraints stated in a session, as written (listed with the inputs' constraints). */
  sessionConstraints?: string[];
  /** Kept results of advanced elicitation actions, per domain. */
  actionResults?: Partial<Record<DomainId, { title: string; body: string }[]>>;
}

/** The domains in the order the document reads them: the core ten, then (after the hand-off) evolution and collaboration. */
export const CORE_DOMAINS: DomainId[] = [
  'cloud',
  'network',
  'compute',
  'data',
  'security',
  'observability',
  'cicd',
  'dr',
  'cost',
  'environments',
];
export const DOMAIN_ORDER: DomainId[] = [...CORE_DOMAINS, 'evolution', 'collaboration'];

/** The document's folder, for relative evidence links. */
export const DOC_DIR = 'docs';
export const DOC_PATH = 'docs/infrastructure-architecture.md';
export const ADR_DIR = 'docs/adr';
