// Writes generated files safely: only inside the project, never over hand edits (unless forced, with a backup), as one set.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import type { FingerprintRecord } from '../core/validate/fingerprint-record.js';
import { backUp } from './output-backup.js';
import { commitSet, recoverOutputs } from './output-commit.js';
import { ProjectPathError, realRoot, resolveInsideProject } from './project-paths.js';

export { writeAtomic } from './atomic-write.js';

export const FINGERPRINTS_PATH = '.infra-arch/fingerprints.json';
/** The document exactly as last generated, so `check` can show which lines a person changed. */
export const PRISTINE_PATH = '.infra-arch/pristine/docs/infrastructure-architecture.md';
const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** The only paths this tool ever writes or deletes: its document, its ADRs and its own state files. */
const OWNED =
  /^(docs\/infrastructure-architecture\.md|docs\/adr\/\d{4}-[a-z0-9][a-z0-9-]*\.md|\.infra-arch\/(model\.json|model\.schema\.json|fingerprints\.json|pristine\/docs\/infrastructure-architecture\.md))$/;
export const isOwnedOutput = (rel: string): boolean => OWNED.test(rel);

/** The check engineer's record plus the sha256 of every file this tool wrote (extra keys are allowed by its schema). */
export type OutputRecord = FingerprintRecord & { outputs: Record<string, string> };

export interface GeneratedFile {
  path: string;
  content: string;
  /** Documents and ADRs are for people and may be edited; model files are machine-owned and always replaced. */
  kind: 'document' | 'adr' | 'model' | 'schema';
}

export interface WriteOptions {
  force?: boolean;
  /** sha256 of each input, by project-relative path. */
  inputs: Record<string, string>;
  sectionsByInput?: Record<string, string[]>;
  decisionsByInput?: Record<string, string[]>;
  /** What the document was written from, for `review` and `check` (see FingerprintRecord). */
  session?: boolean;
  verdicts?: string;
  /** Clock for the backup folder's name (tests pass a fixed one). */
  now?: () => Date;
}

export interface WriteResult {
  ok: boolean;
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files edited by hand (or not written by this tool) that were left alone; non-empty means nothing was written. */
  refused: { path: string; reason: string }[];
  /** Stale files from an earlier run kept because they were edited. */
  kept: string[];
  /** Hand-edited files `--force` replaced, and where their copy is. */
  backups: { path: string; backup: string }[];
  /** An earlier run was interrupted after committing; its set was completed first. */
  recovered: boolean;
}

export const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** The text as a person sees it: a BOM or CRLF line endings (a Windows checkout) are not an edit. */
export function normaliseText(s: string | Buffer): string {
  const text = typeof s === 'string' ? s : s.toString('utf8');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The hash hand-edit detection compares: `check` and `create` agree because both use this one. */
export const editHash = (s: string | Buffer): string => sha256(normaliseText(s));

function readOrNull(full: string, max = 64 * 1024 * 1024): Buffer | null {
  try {
    const st = lstatSync(full);
    if (!st.isFile() || st.size > max) return null;
    return readFileSync(full);
  } catch {
    return null;
  }
}

const isHexMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x));

/** The record of the last run; a damaged, oversized or ill-typed one counts as none (it is data, never trusted as a file list). */
export function readRecord(root: string): OutputRecord | null {
  let full: string;
  try {
    full = resolveInsideProject(root, FINGERPRINTS_PATH);
  } catch {
    return null;
  }
  const raw = readOrNull(full, MAX_RECORD_BYTES);
  if (!raw) return null;
  try {
    const data = JSON.parse(raw.toString('utf8')) as Partial<OutputRecord>;
    if (typeof data !== 'object' || !data || !isHexMap(data.inputs)) return null;
    const outputs = isHexMap(data.outputs) ? data.outputs : {};
    const document = typeof data.document === 'string' ? data.document : '';
    const verdicts = typeof data.verdicts === 'string' && /^[0-9a-f]{64}$/.test(data.verdicts) ? data.verdicts : undefined;
    return {
      inputs: data.inputs,
      document,
      outputs,
      sectionsByInput: data.sectionsByInput,
      decisionsByInput: data.decisionsByInput,
      ...(data.session === true ? { session: true } : {}),
      ...(verdicts ? { verdicts } : {}),
    };
  } catch {
    return null;
  }
}

/** Which existing files would be overwritten although they differ from what this tool last wrote. */
export function findHandEdits(root: string, files: GeneratedFile[], record: OutputRecord | null): WriteResult['refused'] {
  const refused: WriteResult['refused'] = [];
  for (const f of files) {
    if (f.kind !== 'document' && f.kind !== 'adr') continue;
    const disk = readOrNull(resolveInsideProject(root, f.path));
    if (!disk) continue;
    const now = editHash(disk);
    if (now === editHash(f.content)) continue;
    const before = record?.outputs[f.path] ?? (f.kind === 'document' ? record?.document : undefined);
    if (before === now) continue;
    refused.push({
      path: f.path,
      reason: before ? 'edited by hand since infra-arch last wrote it' : 'exists and was not written by infra-arch',
    });
  }
  return refused;
}

export function writeOutputs(dir: string, files: GeneratedFile[], opts: WriteOptions): WriteResult {
  const root = realRoot(dir);
  for (const f of files) {
    if (!isOwnedOutput(f.path))
      throw new ProjectPathError(f.path, `internal error: ${f.path} is not a path infra-arch writes; please report this`);
    resolveInsideProject(root, f.path);
  }
  const recovered = recoverOutputs(root, isOwnedOutput).rolledForward;
  const record = readRecord(root);
  const result: WriteResult = { ok: true, written: [], unchanged: [], removed: [], refused: [], kept: [], backups: [], recovered };
  const edited = findHandEdits(root, files, record);
  if (edited.length && !opts.force) return { ...result, ok: false, refused: edited };
  const now = opts.now ?? (() => new Date());
  const toBackUp = edited.map((e) => e.path);

  const doc = files.find((f) => f.kind === 'document');
  const all = doc ? [...files, { path: PRISTINE_PATH, content: doc.content, kind: 'model' as const }] : files;
  const outputs: Record<string, string> = {};
  const writes: { path: string; content: string }[] = [];
  for (const f of all) {
    const hash = editHash(f.content);
    if (f.path !== PRISTINE_PATH) outputs[f.path] = hash;
    const disk = readOrNull(resolveInsideProject(root, f.path));
    // Same text up to line endings and a BOM is left as it is (a CRLF checkout is not rewritten).
    if (disk && editHash(disk) === hash) {
      if (f.path !== PRISTINE_PATH) result.unchanged.push(f.path);
      continue;
    }
    writes.push({ path: f.path, content: f.content });
    if (f.path !== PRISTINE_PATH) result.written.push(f.path);
  }
  // Files an earlier run wrote that this run does not produce (an ADR whose decision left the set). Only the tool's
  // own output paths qualify, never an input: the record is data, not a list of files to delete.
  const removes: string[] = [];
  for (const [path, hash] of Object.entries(record?.outputs ?? {})) {
    if (path in outputs || path in opts.inputs || !isOwnedOutput(path) || path === FINGERPRINTS_PATH) continue;
    const disk = readOrNull(resolveInsideProject(root, path));
    if (!disk) continue;
    if (editHash(disk) === hash) removes.push(path);
    else if (opts.force) {
      toBackUp.push(path);
      removes.push(path);
    } else result.kept.push(path);
  }
  result.removed = removes;
  result.backups = backUp(root, toBackUp, now());
  const next: OutputRecord = {
    inputs: sortKeys(opts.inputs),
    document: doc ? outputs[doc.path] : (record?.document ?? ''),
    sectionsByInput: opts.sectionsByInput && sortKeys(opts.sectionsByInput),
    decisionsByInput: opts.decisionsByInput && sortKeys(opts.decisionsByInput),
    ...(opts.session ? { session: true } : {}),
    ...(opts.verdicts ? { verdicts: opts.verdicts } : {}),
    outputs: sortKeys(outputs),
  };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  const current = readOrNull(resolveInsideProject(root, FINGERPRINTS_PATH));
  if (writes.length || removes.length || !current || current.toString('utf8') !== text)
    writes.push({ path: FINGERPRINTS_PATH, content: text });
  if (writes.length || removes.length) commitSet(root, { writes, removes }, isOwnedOutput);
  return result;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
