// A parsed answers file: what a scripted run answers, each answer with the line it came from.
import type { DomainId } from '../types.js';
import type { FeedbackEntry } from './state.js';
import { matchGlob } from '../text/glob-match.js';

export interface Located<T> {
  value: T;
  line: number;
}

/** A concern verdict in an answers file; `id` may use `*` wildcards. */
export type ScriptConcern =
  { id: string; accept: string } | { id: string; revise: { decision: string; option: string } } | { id: string; leaveOpen: true };

export interface AnswersScript {
  /** The file name errors cite. */
  file: string;
  mode: Located<'incremental' | 'yolo'> | null;
  domains: Partial<Record<DomainId, Located<FeedbackEntry>[]>>;
  concerns: Located<ScriptConcern>[];
}

export function emptyScript(file = '--yes'): AnswersScript {
  return { file, mode: null, domains: {}, concerns: [] };
}

/** An answer in the file that the session cannot use; the message names file and line. */
export class ScriptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Whether a concern id matches an id from the answers file, where only `*` is a wildcard. */
export function globMatch(pattern: string, id: string): boolean {
  return matchGlob(pattern, id, { questionMark: false });
}
