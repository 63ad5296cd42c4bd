// `create --mode incremental`, `resume` and `revise --section`: runs the guided session and writes the document.
import { join } from 'node:path';
import { DOMAINS } from '../core/decide/domains.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import { commit, type SessionDeps } from '../core/session/deps.js';
import { runSession } from '../core/session/flow.js';
import type { Prompter } from '../core/session/prompter.js';
import { reduce } from '../core/session/reducer.js';
import { emptyScript, ScriptError } from '../core/session/script.js';
import { ScriptedPrompter } from '../core/session/scripted-prompter.js';
import { initialState, type SessionState } from '../core/session/state.js';
import type { DomainId } from '../core/types.js';
import { readAnswersFile } from '../io/answers-file.js';
import { readProject } from '../io/read-project.js';
import { readTracking } from '../io/read-tracking.js';
import { loadSession, saveSession, SESSION_FILE } from '../io/session-store.js';
import { setInterruptHint } from '../io/interrupt.js';
import { withProjectLock } from './project-lock.js';
import { writeNotes } from './publish.js';
import { shellArg } from './shell-arg.js';
import { resolveDate } from './resolve-date.js';
import { ANSWERS_EXPORT, inputsDigest, publishSession } from './session-publish.js';
import { formatDiagnostics, type RunResult } from './run-result.js';

export { ANSWERS_EXPORT } from './session-publish.js';

export interface IncrementalOptions {
  /** The terminal prompter; omit with `answersFile` or `yes`. */
  prompter?: Prompter;
  answersFile?: string;
  /** Accept every recommendation (and leave red concerns open, so the draft is marked blocked). */
  yes?: boolean;
  date?: string;
  force?: boolean;
  resume?: boolean;
  reviseSection?: DomainId;
  /** Terminal width for the side-by-side option view. */
  width?: number;
}

const fail = (stderr: string, stdout = ''): RunResult => ({ exitCode: 2, stdout, stderr: `${stderr}\n` });

/** A finished session for a project that has none (made by YOLO): every section accepted as recommended. */
function finishedState(inputs: string): SessionState {
  let s = reduce(initialState(inputs), { type: 'mode', mode: 'incremental' });
  for (const d of DOMAINS) s = reduce(s, { type: 'feedback', domain: d.id, entry: { accept: true } });
  return reduce(s, { type: 'phase', phase: 'done' });
}

export async function runIncremental(dir: string, opts: IncrementalOptions = {}): Promise<RunResult> {
  setInterruptHint(`every answer so far is saved in ${SESSION_FILE}; continue with "infra-arch resume ${shellArg(dir)}"`);
  return withProjectLock(dir, () => incrementalLocked(dir, opts));
}

async function incrementalLocked(dir: string, opts: IncrementalOptions): Promise<RunResult> {
  const out: string[] = [];
  const input = readProject(dir);
  if (input.docs.length === 0) return fail(formatDiagnostics(input.diagnostics) || `no planning documents found in ${dir}`);
  const { profile } = extractProfile(input.docs);
  const inputs = inputsDigest(input.fingerprints);
  const when = resolveDate(opts.date, process.env);
  if ('error' in when) return fail(when.error);
  const date = when.date;

  let prompter: Prompter;
  let scripted: ScriptedPrompter | null = null;
  try {
    if (opts.answersFile) prompter = scripted = new ScriptedPrompter(readAnswersFile(opts.answersFile), (t) => out.push(t));
    else if (opts.yes || !opts.prompter) {
      if (!opts.yes)
        return fail('incremental mode needs a terminal: run it in one, or pass --answers FILE (see docs/answers-file.md) or --yes');
      prompter = scripted = new ScriptedPrompter(emptyScript(), (t) => out.push(t));
    } else prompter = opts.prompter;
  } catch (err) {
    if (err instanceof ScriptError) return fail(err.message);
    throw err;
  }

  const stored = loadSession(dir);
  if ('problem' in stored && (opts.resume || opts.reviseSection)) return fail(stored.problem);
  let state: SessionState;
  if (opts.resume) {
    if (!('state' in stored))
      return fail(`no session to resume in ${dir}; start one with \`infra-arch create ${shellArg(dir)} --mode incremental\``);
    if (stored.state.phase === 'done')
      return fail(`the session in ${dir} is finished; re-open a section with \`infra-arch revise ${shellArg(dir)} --section <domain>\``);
    state = stored.state;
    if (state.inputs !== inputs)
      prompter.say(
        'Note: the planning documents changed since this session started; recommendations follow the current documents, your answers are kept.',
      );
  } else if (opts.reviseSection) {
    if (!DOMAINS.some((d) => d.id === opts.reviseSection))
      return fail(`unknown section ${opts.reviseSection}; sections are ${DOMAINS.map((d) => d.id).join(', ')}`);
    state = 'state' in stored && stored.state.phase === 'done' ? stored.state : finishedState(inputs);
    state = { ...state, inputs };
  } else {
    // A person's unfinished session is never discarded silently, not even by a scripted run; a scripted one may be redone.
    if ('state' in stored && stored.state.phase !== 'done' && !opts.force && (!scripted || stored.state.interactive !== false)) {
      return fail(
        `an unfinished ${scripted ? 'interactive ' : ''}session exists (${SESSION_FILE}); continue it with \`infra-arch resume ${shellArg(dir)}\`, or start over with --force`,
      );
    }
    state = { ...initialState(inputs), interactive: !scripted };
  }

  const deps: SessionDeps = {
    profile,
    prompter,
    save: (s) => saveSession(dir, s),
    width: opts.width ?? 100,
    tracking: readTracking(dir).tracking,
  };
  if (scripted && opts.resume) scripted.skipApplied(state);
  if (opts.reviseSection) state = commit(deps, state, { type: 'open-domain', domain: opts.reviseSection });
  try {
    state = await runSession(state, deps);
  } catch (err) {
    if (err instanceof ScriptError) return fail(err.message, out.join(''));
    if ((err as Error)?.name === 'ExitPromptError')
      return {
        exitCode: 130,
        stdout: out.join(''),
        stderr: `infra-arch: stopped; every answer so far is saved in ${SESSION_FILE}; continue with "infra-arch resume ${shellArg(dir)}"\n`,
      };
    throw err;
  }
  // Verdicts a replayed session never got asked about (a later revision settled those concerns) are kept as they were given.
  if (scripted) for (const answer of scripted.unaskedVerdicts()) state = commit(deps, state, { type: 'concern', answer });

  const published = await publishSession(dir, input, profile, state, { date, force: opts.force, tracking: deps.tracking });
  if (!published.ok) {
    return {
      exitCode: 1,
      stdout: out.join(''),
      stderr: `${published.stderr}The session is saved; continue with \`infra-arch resume ${shellArg(dir)}\` once the files are moved aside, or add --force (your version is kept in .infra-arch/backups/).\n`,
    };
  }
  const { built, written } = published;

  const stderr: string[] = writeNotes(written);
  if (scripted) stderr.push(...scripted.leftovers().map((l) => `warning: ${l}`));
  const open = built.concerns.filter((c) => c.level === 'red' && c.status === 'open');
  for (const c of open)
    stderr.push(
      `red concern open: ${c.id} — resolve it in an answers file (concerns: - id: "${c.id}" accept: "<why>") or in ${'.infra-arch/concerns.yaml'}`,
    );
  out.push(
    `\nWrote ${built.files[0].path} (status: ${built.status}); ${written.written.length} file(s) changed, ${written.unchanged.length} unchanged.\nReplay this session with: infra-arch create ${shellArg(dir)} --answers ${shellArg(join(dir, ANSWERS_EXPORT))}\n`,
  );
  return { exitCode: 0, stdout: out.join(''), stderr: stderr.length ? `${stderr.join('\n')}\n` : '' };
}
