// Writes generated files safely: refuses to clobber hand edits, writes atomically, records fingerprints.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FingerprintRecord } from '../core/validate/fingerprint-record.js';

export const FINGERPRINTS_PATH = '.infra-arch/fingerprints.json';

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
}

export const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function readOrNull(full: string): Buffer | null {
  try {
    return readFileSync(full);
  } catch {
    return null;
  }
}

export function readRecord(root: string): OutputRecord | null {
  const raw = readOrNull(join(root, FINGERPRINTS_PATH));
  if (!raw) return null;
  try {
    const data = JSON.parse(raw.toString('utf8')) as Partial<OutputRecord>;
    if (typeof data !== 'object' || !data || typeof data.inputs !== 'object') return null;
    return { inputs: data.inputs ?? {}, document: data.document ?? '', outputs: data.outputs ?? {}, sectionsByInput: data.sectionsByInput, decisionsByInput: data.decisionsByInput };
  } catch {
    return null;
  }
}

/** Temp file in the same folder, flushed to disk, then renamed: readers never see half a file, and a crash loses at most this write. */
export function writeAtomic(full: string, content: string): void {
  mkdirSync(dirname(full), { recursive: true });
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, full);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Which existing files would be overwritten although they differ from what this tool last wrote. */
export function findHandEdits(root: string, files: GeneratedFile[], record: OutputRecord | null): WriteResult['refused'] {
  const refused: WriteResult['refused'] = [];
  for (const f of files) {
    if (f.kind !== 'document' && f.kind !== 'adr') continue;
    const disk = readOrNull(join(root, f.path));
    if (!disk) continue;
    const now = sha256(disk);
    if (now === sha256(f.content)) continue;
    const before = record?.outputs[f.path] ?? (f.kind === 'document' ? record?.document : undefined);
    if (before === now) continue;
    refused.push({ path: f.path, reason: before ? 'edited by hand since infra-arch last wrote it' : 'exists and was not written by infra-arch' });
  }
  return refused;
}

export function writeOutputs(root: string, files: GeneratedFile[], opts: WriteOptions): WriteResult {
  const record = readRecord(root);
  const result: WriteResult = { ok: true, written: [], unchanged: [], removed: [], refused: [], kept: [] };
  if (!opts.force) {
    result.refused = findHandEdits(root, files, record);
    if (result.refused.length) return { ...result, ok: false };
  }
  const outputs: Record<string, string> = {};
  for (const f of files) {
    const full = join(root, f.path);
    const hash = sha256(f.content);
    outputs[f.path] = hash;
    const disk = readOrNull(full);
    if (disk && sha256(disk) === hash) {
      result.unchanged.push(f.path);
      continue;
    }
    writeAtomic(full, f.content);
    result.written.push(f.path);
  }
  // Files an earlier run wrote that this run does not produce (an ADR whose decision left the set).
  for (const [path, hash] of Object.entries(record?.outputs ?? {})) {
    if (path in outputs) continue;
    const disk = readOrNull(join(root, path));
    if (!disk) continue;
    if (sha256(disk) === hash || opts.force) {
      rmSync(join(root, path), { force: true });
      result.removed.push(path);
    } else result.kept.push(path);
  }
  const doc = files.find((f) => f.kind === 'document');
  const next: OutputRecord = {
    inputs: sortKeys(opts.inputs),
    document: doc ? outputs[doc.path] : record?.document ?? '',
    sectionsByInput: opts.sectionsByInput && sortKeys(opts.sectionsByInput),
    decisionsByInput: opts.decisionsByInput && sortKeys(opts.decisionsByInput),
    outputs: sortKeys(outputs),
  };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  const current = readOrNull(join(root, FINGERPRINTS_PATH));
  if (!current || current.toString('utf8') !== text) writeAtomic(join(root, FINGERPRINTS_PATH), text);
  return result;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
