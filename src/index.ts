// The public library entry (`import { analyze, decide, review, render, validate, readProject } from 'infra-arch'`).
export {
  analyze,
  decide,
  review,
  render,
  userInput,
  type Analysis,
  type ProjectSource,
  type RenderOptions,
  type ReviewResult,
  type StatementVerdict,
} from './api/pipeline.js';
export { validate, validateMermaid, type MermaidResult, type ValidateOptions } from './api/validate.js';
export { explain } from './api/explain.js';
export { KnowledgeError, loadKnowledge, useKnowledge, type Catalogue, type KnowledgeSources } from './api/knowledge.js';
export { readProject, type ProjectInput, type ReadOptions } from './io/read-project.js';
export { formatJson, formatSarif, formatText, type Finding, type Report } from './core/validate/index.js';
export type { BuildResult, OutputFile } from './core/pipeline/build-architecture.js';
export type { ConcernTracking, TrackingEntry } from './core/review/tracking-match.js';
export type {
  Concern,
  Decision,
  DecisionOption,
  Diagnostic,
  DomainId,
  Evidence,
  InfraModel,
  Priority,
  Profile,
  SourceDoc,
  UserInput,
} from './core/types.js';
