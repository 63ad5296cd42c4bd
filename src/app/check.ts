// `check`: exits 1 when the document no longer matches its inputs or was edited by hand, naming what changed.
import { checkFreshness, parseFingerprintRecord } from '../core/validate/index.js';
import { existsSync } from 'node:fs';
import { JOURNAL_PATH, recoverOutputs } from '../io/output-commit.js';
import { tryLockSync } from '../io/output-lock.js';
import { realRoot, resolveInsideProject } from '../io/project-paths.js';
import { readProject, readTextFile } from '../io/read-project.js';
import { editHash, FINGERPRINTS_PATH, isOwnedOutput, PRISTINE_PATH } from '../io/write-outputs.js';
import { join } from 'node:path';
import { TRACKING_FILE } from '../core/review/tracking-match.js';
import { currentVerdicts } from './document-basis.js';
import { ANSWERS_EXPORT } from '../io/session-store.js';
import { NO_PROJECT } from '../io/input-messages.js';
import { lineDiff } from './line-diff.js';
import { verdictsDigest } from './verdicts-digest.js';
import { formatDiagnostics, type RunResult } from './run-result.js';
import { shellArg } from './shell-arg.js';

export const DOCUMENT_PATH = 'docs/infrastructure-architecture.md';

export interface CheckOptions {
  json?: boolean;
}

/** Completes a write an interrupted `create` had committed, when no other run is busy with the project. */
function recoverIfIdle(root: string): void {
  try {
    // Only a project that already has state is touched: check never creates .infra-arch/.
    if (!existsSync(resolveInsideProject(root, JOURNAL_PATH))) return;
    const release = tryLockSync(root);
    if (!release) return;
    try {
      recoverOutputs(root, isOwnedOutput);
    } finally {
      release();
    }
  } catch {
    // busy, read-only or odd: check reports what is on disk
  }
}

/** Reads a project file through the inside-the-project guard; null when absent or unusable. */
function readInside(root: string, rel: string): string | null {
  try {
    const r = readTextFile(resolveInsideProject(root, rel), rel);
    return 'text' in r ? r.text : null;
  } catch {
    return null;
  }
}

export function runCheck(dir: string, opts: CheckOptions = {}): RunResult {
  const input = readProject(dir);
  const fatal = input.diagnostics.find((d) => NO_PROJECT.has(d.code));
  if (fatal) return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics([fatal])}\n` };
  const root = realRoot(input.root);
  const create = `infra-arch create ${shellArg(dir)}`;
  recoverIfIdle(root);
  let recordPath: string;
  try {
    recordPath = resolveInsideProject(root, FINGERPRINTS_PATH);
  } catch (err) {
    return { exitCode: 2, stdout: '', stderr: `infra-arch: ${(err as Error).message}\n` };
  }
  const rec = readTextFile(recordPath, FINGERPRINTS_PATH);
  if ('diagnostic' in rec) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${FINGERPRINTS_PATH}: no record of a generated document (${rec.diagnostic.message}) — run "${create}" first\n`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(rec.text);
  } catch {
    return { exitCode: 2, stdout: '', stderr: `${FINGERPRINTS_PATH}: not valid JSON — delete it and run "${create}" again\n` };
  }
  const parsed = parseFingerprintRecord(data);
  if (!parsed.ok)
    return { exitCode: 2, stdout: '', stderr: `${FINGERPRINTS_PATH}: ${parsed.error} — delete it and run "${create}" again\n` };
  const docText = readInside(root, DOCUMENT_PATH);
  const docHash = docText === null ? null : editHash(docText);
  const r = checkFreshness(parsed.record, { inputs: input.fingerprints, document: docHash });
  // A verdict given after the document was written (in the concerns file or the guided session) leaves its feasibility
  // section out of date, as a changed input does. Records written before verdicts were fingerprinted carry none.
  const basis = parsed.record.verdicts === undefined ? null : currentVerdicts(root);
  const verdictsChanged = basis !== null && verdictsDigest(basis.tracking) !== parsed.record.verdicts;
  const ok = r.fresh && !r.documentEdited && !verdictsChanged;
  // A document written from a guided session is rebuilt by replaying its answers, so its choices are kept.
  const rebuild = parsed.record.session ? `${create} --answers ${shellArg(join(dir, ANSWERS_EXPORT))}` : create;
  const pristine = r.documentEdited && docText !== null ? readInside(root, PRISTINE_PATH) : null;
  const diff = pristine !== null && docText !== null && editHash(pristine) === parsed.record.document ? lineDiff(pristine, docText) : [];
  if (opts.json)
    return {
      exitCode: ok ? 0 : 1,
      stdout: `${JSON.stringify({ ok, ...r, verdictsChanged, ...(r.documentEdited ? { documentDiff: diff } : {}) }, null, 2)}\n`,
      stderr: '',
    };

  const lines: string[] = [];
  if (ok) lines.push(`${DOCUMENT_PATH} is up to date with its ${Object.keys(input.fingerprints).length} input(s).`);
  if (r.documentMissing) lines.push(`${DOCUMENT_PATH} is missing: run "${create}" to write it.`);
  if (r.documentEdited) {
    lines.push(
      `${DOCUMENT_PATH} was edited by hand since infra-arch wrote it: move the edits into the inputs (or a concerns/answers file), then run "${create} --force" (your version is kept as a backup).`,
    );
    if (diff.length) lines.push('edited lines (- as generated, + as on disk):', ...diff.map((l) => `  ${l}`));
  }
  for (const p of r.changedInputs) lines.push(`changed: ${p}`);
  for (const p of r.addedInputs) lines.push(`added:   ${p}`);
  for (const p of r.removedInputs) lines.push(`removed: ${p}`);
  if (r.affectedSections.length) lines.push(`sections fed by the changed inputs: ${r.affectedSections.join(', ')}`);
  if (r.affectedDecisions.length) lines.push(`decisions citing the changed inputs: ${r.affectedDecisions.join(', ')}`);
  if (verdictsChanged)
    lines.push(
      `verdicts on review concerns changed since the document was written (${TRACKING_FILE}${basis?.session ? ' or the guided session' : ''}): its feasibility review no longer says what was accepted or resolved`,
    );
  if ((!r.fresh || verdictsChanged) && !r.documentMissing) lines.push(`Run "${rebuild}" to regenerate.`);
  return ok ? { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' } : { exitCode: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
}
