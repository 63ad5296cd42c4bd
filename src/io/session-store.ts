// Saves and loads the session record in `.infra-arch/session.json`, atomically (temp file + rename).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_VERSION, type SessionState } from '../core/session/state.js';
import { writeAtomic } from './write-outputs.js';

export const SESSION_FILE = '.infra-arch/session.json';

export function saveSession(dir: string, state: SessionState): void {
  writeAtomic(join(dir, SESSION_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export type LoadResult = { state: SessionState } | { missing: true } | { problem: string };

/** Loads the session; a damaged or foreign file is a problem to report, never a crash. */
export function loadSession(dir: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(join(dir, SESSION_FILE), 'utf8');
  } catch {
    return { missing: true };
  }
  try {
    const s = JSON.parse(text) as SessionState;
    if (s?.version !== SESSION_VERSION || typeof s.domains !== 'object' || typeof s.user !== 'object' || !Array.isArray(s.concerns)) {
      return { problem: `${SESSION_FILE} was written by another version of infra-arch; start again with \`infra-arch create --force\`` };
    }
    return { state: s };
  } catch {
    return { problem: `${SESSION_FILE} is damaged (not JSON); start again with \`infra-arch create --force\`` };
  }
}

export function removeSession(dir: string): void {
  rmSync(join(dir, SESSION_FILE), { force: true });
}
