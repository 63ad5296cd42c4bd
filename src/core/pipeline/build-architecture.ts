// The whole YOLO/incremental core: extract → decide → model → review → render. Pure: no fs, no clock, no Mermaid.
import { decideAll, emptyUserInput } from '../decide/decide.js';
import { extractProfile } from '../extract/extract-profile.js';
import { deriveModel } from '../model/derive-model.js';
import { MODEL_SCHEMA } from '../model/model-schema.js';
import { isBlocked, reviewArchitecture, type ConcernTracking } from '../review/review.js';
import { consistencyPass } from '../review/consistency/consistency-pass.js';
import { renderAdr } from '../render/adr/render-adr.js';
import { selectAdrs, type AdrNumbers } from '../render/adr/select-adrs.js';
import { renderDiagrams } from '../render/diagrams/render-diagrams.js';
import { DOC_PATH, type RenderContext, type RunStatus } from '../render/render-context.js';
import { renderDocument } from '../render/render-document.js';
import type { Diagnostic, DomainId, Profile, SourceDoc, UserInput } from '../types.js';
import { openQuestions } from './open-questions.js';

export const MODEL_PATH = '.infra-arch/model.json';
export const SCHEMA_PATH = '.infra-arch/model.schema.json';

export interface BuildInput {
  docs: SourceDoc[];
  user?: UserInput;
  tracking?: ConcernTracking;
  /** YYYY-MM-DD, printed in the document and the ADRs. */
  date: string;
  /** Per-domain notes from a session: plain text paragraphs, escaped on render. */
  sectionNotes?: Partial<Record<DomainId, string[]>>;
  /** Kept results of advanced elicitation actions, per domain. */
  actionResults?: Partial<Record<DomainId, { title: string; body: string }[]>>;
  /** Where ADR numbers start and which numbers the project's own ADRs hold (io reads them from docs/adr). */
  adrNumbers?: AdrNumbers;
  /** A profile already extracted (incremental sessions re-render without re-reading). */
  profile?: Profile;
  /** Called as each stage ends ('extract', 'decide', 'model', 'review', 'render'); lets callers time stages without a clock in the core. */
  onStage?: (stage: 'extract' | 'decide' | 'model' | 'review' | 'render') => void;
}

export interface OutputFile {
  /** Project-relative POSIX path. */
  path: string;
  content: string;
  kind: 'document' | 'adr' | 'model' | 'schema';
}

/** What the renderer saw, plus the extraction diagnostics and the files to write. */
export type BuildResult = Omit<RenderContext, 'date' | 'sectionNotes' | 'sessionConstraints' | 'actionResults'> & {
  diagnostics: Diagnostic[];
  files: OutputFile[];
};

/** The session's free-text constraints and section notes, or null when it gave none. */
function sessionRecord(
  input: BuildInput,
): { constraints: UserInput['constraints']; sectionNotes: Partial<Record<DomainId, string[]>> } | null {
  const constraints = input.user?.constraints ?? [];
  const sectionNotes = Object.fromEntries(Object.entries(input.sectionNotes ?? {}).filter(([, ns]) => ns?.length));
  return constraints.length || Object.keys(sectionNotes).length ? { constraints, sectionNotes } : null;
}

export function buildArchitecture(input: BuildInput): BuildResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new Error(`buildArchitecture: date must be YYYY-MM-DD, got ${input.date}`);
  const extracted = input.profile ? { profile: input.profile, diagnostics: [] } : extractProfile(input.docs);
  const { profile } = extracted;
  const stage = input.onStage ?? (() => {});
  stage('extract');
  const decisions = decideAll(profile, input.user ?? emptyUserInput());
  stage('decide');
  const model = deriveModel(profile, decisions);
  stage('model');
  const concerns = reviewArchitecture(profile, decisions, model, input.tracking);
  const consistency = consistencyPass(profile, decisions, model);
  stage('review');
  const assumptions = [
    // Each assumption leads with what was assumed for this project, then why (the point's own words).
    ...decisions.flatMap((d) => d.assumptions.map((a) => `[ASSUMPTION] ${d.choiceTitle} (${d.id}): ${a.replace(/^\[ASSUMPTION\] /, '')}`)),
    ...(model.assumptions ?? []).map((a) => `[ASSUMPTION] ${a} (model)`),
  ];
  const status: RunStatus = isBlocked(concerns) ? 'blocked' : assumptions.length ? 'partial' : 'complete';
  const diagrams = renderDiagrams(model, profile.productArchetype?.value ?? null, decisions);
  const adrs = selectAdrs(decisions, input.adrNumbers);
  const ctx: RenderContext = {
    profile,
    decisions,
    model,
    concerns,
    consistency,
    status,
    assumptions,
    openQuestions: openQuestions(profile, decisions, model),
    diagrams,
    date: input.date,
    adrs,
    sectionNotes: input.sectionNotes,
    sessionConstraints: input.user?.constraints.map((k) => k.text),
    actionResults: input.actionResults,
  };
  const files: OutputFile[] = [{ path: DOC_PATH, content: renderDocument(ctx), kind: 'document' }];
  for (const a of adrs) {
    const d = decisions.find((x) => x.id === a.decisionId)!;
    files.push({ path: a.path, content: renderAdr(a, d, model, profile, input.date, status === 'blocked'), kind: 'adr' });
  }
  // The decisions ride along with the model so tools can read the choices and their evidence without the document.
  const decisionRecords = decisions.map((d) => ({
    id: d.id,
    domain: d.domain,
    question: d.question,
    choice: d.choice,
    basis: d.basis,
    options: d.options.map((o) => o.id),
    alsoCommitted: d.alsoCommitted,
    rationale: d.rationale,
    evidence: d.evidence,
    assumptions: d.assumptions,
    ...(d.notes.length ? { notes: d.notes } : {}),
  }));
  // What a person said in a session that is not a choice: kept in the model so tools see it without the document.
  const session = sessionRecord(input);
  files.push({
    path: MODEL_PATH,
    content: `${JSON.stringify({ $schema: './model.schema.json', ...model, decisions: decisionRecords, ...(session ? { session } : {}) }, null, 2)}\n`,
    kind: 'model',
  });
  files.push({ path: SCHEMA_PATH, content: `${JSON.stringify(MODEL_SCHEMA, null, 2)}\n`, kind: 'schema' });
  stage('render');
  return {
    profile,
    diagnostics: extracted.diagnostics,
    decisions,
    model,
    concerns,
    status,
    assumptions,
    openQuestions: ctx.openQuestions,
    diagrams,
    adrs,
    files,
  };
}
