// The pure pipeline as library calls: analyze, decide, review and render, each taking plain data.
import { decideAll, emptyUserInput } from '../core/decide/decide.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import { deriveModel } from '../core/model/derive-model.js';
import { buildArchitecture, type BuildResult } from '../core/pipeline/build-architecture.js';
import { profileToJson } from '../core/report/profile-json.js';
import { countByLevel, isBlocked, reviewArchitecture, type ConcernTracking } from '../core/review/review.js';
import { consistencyPass, type StatementVerdict } from '../core/review/consistency/consistency-pass.js';
import type { Concern, Decision, Diagnostic, DomainId, InfraModel, Profile, SourceDoc, UserInput } from '../core/types.js';
import { readProject, type ProjectInput } from '../io/read-project.js';
import { adrNumbering } from '../io/existing-adrs.js';
import { withKnowledgeSync } from '../io/knowledge/with-knowledge.js';

/** A project folder to read, a project already read with `readProject`, or parsed documents. */
export type { StatementVerdict } from '../core/review/consistency/consistency-pass.js';
export type ProjectSource = string | ProjectInput | SourceDoc[];

export interface Analysis {
  profile: Profile;
  /** Problems met while reading and extracting (unreadable files, conflicts, ...); never thrown. */
  diagnostics: Diagnostic[];
  /** The profile in the `analyze --json` contract shape. */
  json: Record<string, unknown>;
}

function docsOf(source: ProjectSource): { docs: SourceDoc[]; diagnostics: Diagnostic[] } {
  if (typeof source === 'string') {
    const input = readProject(source);
    return { docs: input.docs, diagnostics: input.diagnostics };
  }
  if (Array.isArray(source)) return { docs: source, diagnostics: [] };
  return { docs: source.docs, diagnostics: source.diagnostics };
}

/** Extracts the profile (facts with file:line evidence). A folder with no usable input gives an empty profile and an error diagnostic. */
/** The project folder a source was read from, or null for parsed documents. */
function rootOf(source: ProjectSource): string | null {
  return typeof source === 'string' ? source : Array.isArray(source) ? null : source.root;
}

/** Runs `fn` under the source project's knowledge pack, when it has one (a bad pack throws KnowledgeError). */
function inProject<T>(source: ProjectSource, fn: () => T): T {
  const root = rootOf(source);
  return root === null ? fn() : withKnowledgeSync({ projectDir: root }, fn);
}

export function analyze(source: ProjectSource): Analysis {
  return inProject(source, () => analyzeSource(source));
}

function analyzeSource(source: ProjectSource): Analysis {
  const read = docsOf(source);
  const { profile, diagnostics } = extractProfile(read.docs);
  return { profile, diagnostics: [...read.diagnostics, ...diagnostics], json: profileToJson(profile) };
}

/** Fills the parts of a user input that were left out, so callers may pass only `choices` or `priorities`. */
export function userInput(partial: Partial<UserInput> = {}): UserInput {
  return { ...emptyUserInput(), ...partial };
}

/** Runs the decision engine: one decision per decision point, with options, pros and cons, rationale and evidence. */
export function decide(profile: Profile, user: Partial<UserInput> = {}): Decision[] {
  return decideAll(profile, userInput(user));
}

export interface ReviewResult {
  model: InfraModel;
  concerns: Concern[];
  counts: Record<'red' | 'yellow' | 'green', number>;
  /** True while a red concern is open: a document written now would be a blocked draft. */
  blocked: boolean;
  /** Every must and prohibit constraint, NFR and Technical Assumption, judged against the design's typed choices. */
  consistency: StatementVerdict[];
}

/** The feasibility review: derives the model from the decisions and raises concerns (verdicts from `tracking` applied). */
export function review(profile: Profile, decisions: Decision[], opts: { tracking?: ConcernTracking } = {}): ReviewResult {
  const model = deriveModel(profile, decisions);
  const concerns = reviewArchitecture(profile, decisions, model, opts.tracking);
  const consistency = consistencyPass(profile, decisions, model);
  return { model, concerns, counts: countByLevel(concerns), blocked: isBlocked(concerns), consistency };
}

export interface RenderOptions {
  /** YYYY-MM-DD, written into the document and the ADRs (the library never reads the clock). */
  date: string;
  user?: Partial<UserInput>;
  tracking?: ConcernTracking;
  sectionNotes?: Partial<Record<DomainId, string[]>>;
}

/**
 * Builds the whole architecture in memory: the document, the ADRs, the model and its schema as `files`
 * (project-relative paths and contents), plus everything behind them. Nothing is written and no diagram is
 * parsed here; pass the diagrams to `validateMermaid` before writing, as `infra-arch create` does.
 */
export function render(source: ProjectSource, opts: RenderOptions): BuildResult {
  return inProject(source, () => renderSource(source, opts));
}

function renderSource(source: ProjectSource, opts: RenderOptions): BuildResult {
  const { docs, diagnostics } = docsOf(source);
  // A folder (or a project read from one) has an ADR folder whose numbers the generated ADRs must not reuse.
  const root = rootOf(source);
  const built = buildArchitecture({
    docs,
    adrNumbers: root === null ? undefined : adrNumbering(root),
    date: opts.date,
    user: userInput(opts.user),
    tracking: opts.tracking,
    sectionNotes: opts.sectionNotes,
  });
  return { ...built, diagnostics: [...diagnostics, ...built.diagnostics] };
}
