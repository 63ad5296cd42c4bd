// The guided session driven by tool calls (MCP): start, show the current step, answer, status; the same session file as the terminal.
import { tryLockSync } from '../io/output-lock.js';
import { DOMAINS } from '../core/decide/domains.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import { applyAgentAnswer, type AgentAnswer } from '../core/session/agent-answer.js';
import { agentStep, type AgentStep } from '../core/session/agent-step.js';
import { reduce } from '../core/session/reducer.js';
import { initialState, type SessionState } from '../core/session/state.js';
import type { ActionResult } from '../core/actions/action.js';
import type { Profile } from '../core/types.js';
import { readProject, type ProjectInput } from '../io/read-project.js';
import { readTracking } from '../io/read-tracking.js';
import { loadSession, saveSession, SESSION_FILE } from '../io/session-store.js';
import { resolveDate } from './resolve-date.js';
import { formatDiagnostics } from './run-result.js';
import { withProjectLock } from './project-lock.js';
import { ANSWERS_EXPORT, inputsDigest, publishSession, type SessionPublish } from './session-publish.js';

/** A failure the caller shows as it is: it names the folder or file and what to do. */
export class SessionToolError extends Error {}

interface Loaded {
  input: ProjectInput;
  profile: Profile;
  inputs: string;
}

function readInputs(dir: string): Loaded {
  const input = readProject(dir);
  if (input.docs.length === 0) throw new SessionToolError(formatDiagnostics(input.diagnostics) || `no planning documents found in ${dir}`);
  return { input, profile: extractProfile(input.docs).profile, inputs: inputsDigest(input.fingerprints) };
}

function stored(dir: string): SessionState {
  const s = loadSession(dir);
  if ('problem' in s) throw new SessionToolError(s.problem);
  if ('missing' in s) throw new SessionToolError(`no session in ${dir} (${SESSION_FILE}); start one with the session_start tool`);
  return s.state;
}

const trackingOf = (dir: string) => readTracking(dir).tracking;

/** Runs a read-change-save of the session under the project's lock, so a terminal run or another agent cannot interleave. */
function underLock<T>(dir: string, fn: () => T): T {
  const release = tryLockSync(dir);
  if (!release) throw new SessionToolError(`another infra-arch run is writing to ${dir}; try again when it has finished`);
  try {
    return fn();
  } finally {
    release();
  }
}

export interface StartResult {
  resumed: boolean;
  /** True when the planning documents changed since the resumed session started (answers are kept). */
  inputsChanged: boolean;
  step: AgentStep;
}

/** Resumes an unfinished session, or starts one in incremental mode (`restart` discards an unfinished one). */
export function startSession(dir: string, opts: { restart?: boolean } = {}): StartResult {
  const { profile, inputs } = readInputs(dir);
  const found = loadSession(dir);
  if ('problem' in found && !opts.restart) throw new SessionToolError(`${found.problem} (or call session_start with restart: true)`);
  if ('state' in found && found.state.phase !== 'done' && !opts.restart) {
    return { resumed: true, inputsChanged: found.state.inputs !== inputs, step: agentStep(profile, found.state, trackingOf(dir)) };
  }
  const state = reduce(initialState(inputs), { type: 'mode', mode: 'incremental' });
  underLock(dir, () => saveSession(dir, state));
  return { resumed: false, inputsChanged: false, step: agentStep(profile, state, trackingOf(dir)) };
}

export function sessionStep(dir: string): AgentStep {
  const { profile } = readInputs(dir);
  return agentStep(profile, stored(dir), trackingOf(dir));
}

export interface AnswerResult {
  /** Recommendations that changed because of the answer (`decision: before → after`). */
  changes: string[];
  /** An analysis result, when the answer ran one. */
  analysis?: ActionResult;
  message?: string;
  /** What was written, once the document is. */
  written?: { document: string; status: string; files: string[]; unchanged: number; answers: string };
  step: AgentStep;
}

export type WriteRequest = { write: true; force?: boolean; date?: string };

/** Applies one answer (or, once everything is settled, writes the document) and saves the session at once. */
export async function answerSession(
  dir: string,
  answer: AgentAnswer | WriteRequest,
  env: Record<string, string | undefined> = process.env,
): Promise<AnswerResult> {
  const loaded = readInputs(dir);
  const state = stored(dir);
  const tracking = trackingOf(dir);
  if ('write' in answer) {
    if (state.phase !== 'write')
      throw new SessionToolError(
        state.phase === 'done'
          ? 'the document is already written; start a new session to change it'
          : `not ready to write: the session is in phase "${state.phase}"; answer the current step first (session_step shows it)`,
      );
    const when = resolveDate(answer.date, env);
    if ('error' in when) throw new SessionToolError(when.error);
    const box: { published?: SessionPublish } = {};
    // One writer at a time, as for the terminal's create: the lock is the project's, not this server's.
    const locked = await withProjectLock(dir, async () => {
      box.published = await publishSession(dir, loaded.input, loaded.profile, state, { date: when.date, force: answer.force, tracking });
      return { exitCode: 0 as const, stdout: '', stderr: '' };
    });
    const r = box.published;
    if (!r) throw new SessionToolError(locked.stderr || 'the document could not be written');
    if (!r.ok) throw new SessionToolError(`${r.stderr.trim()}\nThe session is saved; answer {"write": true, "force": true} to overwrite.`);
    const doc = r.built.files.find((f) => f.kind === 'document')!.path;
    return {
      changes: [],
      written: {
        document: doc,
        status: r.built.status,
        files: r.written.written,
        unchanged: r.written.unchanged.length,
        answers: ANSWERS_EXPORT,
      },
      step: agentStep(loaded.profile, r.state, tracking),
    };
  }
  const out = underLock(dir, () => {
    // Read again under the lock: the answer applies to the session as saved now, not as it was a moment ago.
    const applied = applyAgentAnswer(loaded.profile, stored(dir), answer, tracking);
    if (applied.ok && applied.events.length) saveSession(dir, applied.state);
    return applied;
  });
  if (!out.ok) throw new SessionToolError(out.error);
  return { changes: out.changes, analysis: out.result, message: out.said, step: agentStep(loaded.profile, out.state, tracking) };
}

export interface StatusResult {
  file: string;
  phase: SessionState['phase'];
  domain: string | null;
  domains: { id: string; title: string; status: string; answers: number }[];
  concernAnswers: SessionState['concerns'];
  inputsChanged: boolean;
}

/** Where the session stands, without the full step. */
export function sessionStatus(dir: string): StatusResult {
  const { inputs } = readInputs(dir);
  const s = stored(dir);
  return {
    file: SESSION_FILE,
    phase: s.phase,
    domain: s.domain,
    domains: DOMAINS.map((d) => ({ id: d.id, title: d.title, status: s.domains[d.id].status, answers: s.domains[d.id].log.length })),
    concernAnswers: s.concerns,
    inputsChanged: s.inputs !== inputs,
  };
}
