// Saves and loads the session record in `.infra-arch/session.json`, atomically, and only inside the project.
import { rmSync } from 'node:fs';
import { SESSION_VERSION, type SessionState } from '../core/session/state.js';
import { writeAtomic } from './atomic-write.js';
import { resolveInsideProject } from './project-paths.js';
import { readBoundedText } from './read-bounded.js';
import { checkSessionShape } from './session-shape.js';

import { SESSION_FILE } from './session-paths.js';

export { ANSWERS_EXPORT, SESSION_FILE } from './session-paths.js';
/** A session is tens of kilobytes even with every action result kept. */
export const MAX_SESSION_BYTES = 8 * 1024 * 1024;

export function saveSession(dir: string, state: SessionState): void {
  writeAtomic(resolveInsideProject(dir, SESSION_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export type LoadResult = { state: SessionState } | { missing: true } | { problem: string };

/** Loads the session; a damaged, foreign, oversized or ill-typed file is a problem to report, never a crash or a hang. */
export function loadSession(dir: string): LoadResult {
  let full: string;
  try {
    full = resolveInsideProject(dir, SESSION_FILE);
  } catch (err) {
    return { problem: (err as Error).message };
  }
  const read = readBoundedText(full, MAX_SESSION_BYTES, 'session record');
  if (!read.ok) {
    if (read.missing) return { missing: true };
    return { problem: `${SESSION_FILE} ${read.message}; delete it (or run \`infra-arch create --force\`) to start a new session` };
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    return { problem: `${SESSION_FILE} is damaged (not JSON); start again with \`infra-arch create --force\`` };
  }
  if ((data as { version?: unknown } | null)?.version !== SESSION_VERSION) {
    return { problem: `${SESSION_FILE} was written by another version of infra-arch; start again with \`infra-arch create --force\`` };
  }
  const checked = checkSessionShape(data);
  if ('error' in checked)
    return { problem: `${SESSION_FILE} is not a valid session (${checked.error}); start again with \`infra-arch create --force\`` };
  return checked;
}

export function removeSession(dir: string): void {
  rmSync(resolveInsideProject(dir, SESSION_FILE), { force: true });
}

/** The session on disk when it is a finished guided one (its answers chose a document), else null. */
export function loadFinishedGuidedSession(dir: string): SessionState | null {
  const stored = loadSession(dir);
  return 'state' in stored && stored.state.phase === 'done' && stored.state.mode !== 'yolo' ? stored.state : null;
}
