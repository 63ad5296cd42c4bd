// `check`: exits 1 when the document no longer matches its inputs or was edited by hand, naming what changed.
import { join } from 'node:path';
import { checkFreshness, parseFingerprintRecord } from '../core/validate/index.js';
import { readProject, readTextFile } from '../io/read-project.js';
import { FINGERPRINTS_PATH, sha256 } from '../io/write-outputs.js';
import { formatDiagnostics, type RunResult } from './run-result.js';

export const DOCUMENT_PATH = 'docs/infrastructure-architecture.md';

export interface CheckOptions {
  json?: boolean;
}

export function runCheck(dir: string, opts: CheckOptions = {}): RunResult {
  const input = readProject(dir);
  const fatal = input.diagnostics.find((d) => d.code === 'missing-project' || d.code === 'not-a-folder');
  if (fatal) return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics([fatal])}\n` };
  const rec = readTextFile(join(input.root, FINGERPRINTS_PATH), FINGERPRINTS_PATH);
  if ('diagnostic' in rec) {
    return { exitCode: 1, stdout: '', stderr: `${FINGERPRINTS_PATH}: no record of a generated document (${rec.diagnostic.message}) — run "infra-arch create" first\n` };
  }
  let data: unknown;
  try {
    data = JSON.parse(rec.text);
  } catch {
    return { exitCode: 2, stdout: '', stderr: `${FINGERPRINTS_PATH}: not valid JSON — delete it and run "infra-arch create" again\n` };
  }
  const parsed = parseFingerprintRecord(data);
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `${FINGERPRINTS_PATH}: ${parsed.error} — delete it and run "infra-arch create" again\n` };
  const doc = readTextFile(join(input.root, DOCUMENT_PATH), DOCUMENT_PATH);
  const docHash = 'diagnostic' in doc ? null : sha256(doc.text);
  const r = checkFreshness(parsed.record, { inputs: input.fingerprints, document: docHash });
  const ok = r.fresh && !r.documentEdited;
  if (opts.json) return { exitCode: ok ? 0 : 1, stdout: `${JSON.stringify({ ok, ...r }, null, 2)}\n`, stderr: '' };

  const lines: string[] = [];
  if (ok) lines.push(`${DOCUMENT_PATH} is up to date with its ${Object.keys(input.fingerprints).length} input(s).`);
  if (r.documentMissing) lines.push(`${DOCUMENT_PATH} is missing: run "infra-arch create" to write it.`);
  if (r.documentEdited) lines.push(`${DOCUMENT_PATH} was edited by hand since infra-arch wrote it: move the edits into the inputs (or a concerns/answers file), then run "infra-arch create --force".`);
  for (const p of r.changedInputs) lines.push(`changed: ${p}`);
  for (const p of r.addedInputs) lines.push(`added:   ${p}`);
  for (const p of r.removedInputs) lines.push(`removed: ${p}`);
  if (r.affectedSections.length) lines.push(`sections fed by the changed inputs: ${r.affectedSections.join(', ')}`);
  if (r.affectedDecisions.length) lines.push(`decisions citing the changed inputs: ${r.affectedDecisions.join(', ')}`);
  if (!r.fresh && !r.documentMissing) lines.push('Run "infra-arch create" to regenerate.');
  return ok ? { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' } : { exitCode: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
}
