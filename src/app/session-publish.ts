// The end of a guided session, shared by the terminal and the MCP tools: build from the answers, publish, mark done, export the answers.
import { adrNumbering } from '../io/existing-adrs.js';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { resultToMarkdown } from '../core/actions/render-result.js';
import { buildArchitecture, type BuildResult } from '../core/pipeline/build-architecture.js';
import type { ConcernTracking } from '../core/review/review.js';
import { mergedTracking } from '../core/session/deps.js';
import { answersFromState } from '../core/session/export-answers.js';
import { reduce } from '../core/session/reducer.js';
import type { SessionState } from '../core/session/state.js';
import type { Profile } from '../core/types.js';
import type { ProjectInput } from '../io/read-project.js';
import { ANSWERS_EXPORT, saveSession } from '../io/session-store.js';
import { writeAtomic, type WriteResult } from '../io/write-outputs.js';
import { verdictsDigest } from './verdicts-digest.js';
import { publishArchitecture } from './publish.js';

export { ANSWERS_EXPORT } from '../io/session-store.js';

/** sha256 over the input fingerprints: a session records it to notice, on resume, that the documents changed. */
export function inputsDigest(fingerprints: Record<string, string>): string {
  return createHash('sha256')
    .update(JSON.stringify(Object.entries(fingerprints).sort()))
    .digest('hex');
}

export type SessionPublish = { ok: true; built: BuildResult; written: WriteResult; state: SessionState } | { ok: false; stderr: string };

/** Writes the architecture the session's answers describe; on refusal the session is saved as it stands. */
export async function publishSession(
  dir: string,
  input: ProjectInput,
  profile: Profile,
  state: SessionState,
  opts: { date: string; force?: boolean; tracking?: ConcernTracking },
): Promise<SessionPublish> {
  const user = state.mode === 'yolo' ? undefined : state.user;
  const tracking = mergedTracking(state, opts.tracking);
  const built = buildArchitecture({
    docs: input.docs,
    adrNumbers: adrNumbering(input.root),
    profile,
    date: opts.date,
    user,
    tracking,
    sectionNotes: state.sectionNotes,
    actionResults: Object.fromEntries(
      Object.entries(state.actionResults).map(([d, rs]) => [d, (rs ?? []).map((r) => ({ title: r.title, body: resultToMarkdown(r) }))]),
    ),
  });
  const published = await publishArchitecture(input.root, built, {
    force: opts.force,
    inputs: input.fingerprints,
    basis: { session: state.mode !== 'yolo', verdicts: verdictsDigest(tracking) },
  });
  if (!published.ok) {
    saveSession(dir, state);
    return { ok: false, stderr: published.stderr };
  }
  const done = reduce(state, { type: 'phase', phase: 'done' });
  saveSession(dir, done);
  writeAtomic(join(dir, ANSWERS_EXPORT), stringify(answersFromState(done)));
  return { ok: true, built, written: published.written, state: done };
}
