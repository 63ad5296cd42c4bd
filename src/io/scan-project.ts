// Finds a project's planning documents by role and reads them defensively; parsing is left to the caller,
// so a run whose documents are all in the parse cache never loads the Markdown parser.
import { diagnostic, message } from '../core/diagnostics/index.js';
import { INPUT_MESSAGES, NO_PROJECT, type InputMessageId } from './input-messages.js';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { classifyRole } from '../core/ingest/classify-role.js';
import { planningLocations } from './bmad-layout.js';
import type { Diagnostic, DocRole, SourceDoc } from '../core/types.js';
import { cacheFolder } from './mermaid-proof-cache.js';
import { listInputs } from './list-inputs.js';
import { ParseCache } from './parse-cache.js';
import { realRoot } from './project-paths.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ProjectInput {
  root: string;
  docs: SourceDoc[];
  /** The existing generated document, kept apart and unparsed: never evidence of what the inputs commit to. */
  prior: { path: string; text: string } | null;
  diagnostics: Diagnostic[];
  /** sha256 of every input file, by project-relative path. */
  fingerprints: Record<string, string>;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Reads one file into text, or explains why it cannot be used. */
export function readTextFile(full: string, rel: string): { text: string } | { diagnostic: Diagnostic } {
  const fail = (id: InputMessageId, data: Record<string, string | number> = {}): { diagnostic: Diagnostic } => ({
    diagnostic: diagnostic(INPUT_MESSAGES, 'error', message(id, data), { file: rel }),
  });
  let st;
  try {
    st = statSync(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('missing-file');
    return fail('unreadable-file', { code: code ?? 'error' });
  }
  if (!st.isFile()) return fail('not-a-file');
  if (st.size > MAX_FILE_BYTES)
    return fail('file-too-large', { sizeMb: (st.size / 1048576).toFixed(1), limitMb: MAX_FILE_BYTES / 1048576 });
  if (st.size === 0) return fail('empty-file', { what: 'is empty' });
  let buf: Buffer;
  try {
    buf = readFileSync(full);
  } catch (err) {
    return fail('unreadable-file', { code: (err as NodeJS.ErrnoException).code ?? 'error' });
  }
  if (buf.includes(0)) return fail('binary-file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return fail('not-utf8');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('empty-file', { what: 'has no text' });
  return { text };
}

export interface ReadOptions {
  /** Folder of the parse cache, or false to parse every document afresh. Default: the user's cache folder. */
  parseCache?: string | false;
}

export type ParseFn = (path: string, role: DocRole, text: string) => SourceDoc;

/** A project read from disk: each usable input with its cached parse, when there is one. */
export interface ProjectScan {
  result: ProjectInput;
  items: { rel: string; role: DocRole; text: string; doc: SourceDoc | null }[];
  cache: ParseCache | null;
  dir: string;
}

/** Reads every input and looks it up in the parse cache. Never throws for bad input. */
export function scanProject(dir: string, opts: ReadOptions = {}): ProjectScan {
  const folder = cacheFolder(opts.parseCache);
  const cache = folder === null ? null : new ParseCache(folder);
  const root = resolve(dir);
  const result: ProjectInput = { root, docs: [], prior: null, diagnostics: [], fingerprints: {} };
  const scan: ProjectScan = { result, items: [], cache, dir };
  let st;
  try {
    st = statSync(root);
  } catch {
    // Node decodes arguments as UTF-8: a name in another encoding arrives with U+FFFD and can never be opened.
    const id = dir.includes('\uFFFD') ? 'not-utf8-path' : 'missing-project';
    result.diagnostics.push(diagnostic(INPUT_MESSAGES, 'error', message(id), { file: dir }));
    return scan;
  }
  if (!st.isDirectory()) {
    result.diagnostics.push(diagnostic(INPUT_MESSAGES, 'error', message('not-a-folder'), { file: dir }));
    return scan;
  }
  const where = planningLocations(root);
  for (const full of listInputs(root, realRoot(root), result.diagnostics, where)) {
    const rel = toPosix(relative(root, full));
    // A file the BMAD config names as the PRD or the architecture is that, whatever it is called.
    const role: DocRole | null = classifyRole(rel) ?? where.roles[rel] ?? null;
    if (!role) continue;
    const read = readTextFile(full, rel);
    if ('diagnostic' in read) {
      result.diagnostics.push({ ...read.diagnostic, severity: role === 'prior-output' ? 'warning' : read.diagnostic.severity });
      continue;
    }
    if (role === 'prior-output') {
      result.prior = { path: rel, text: read.text };
      continue;
    }
    scan.items.push({ rel, role, text: read.text, doc: cache?.get(rel, role, read.text) ?? null });
  }
  return scan;
}

/** Parses what the cache did not hold (with `parse`, needed only then) and completes the project input. */
export function finishScan(scan: ProjectScan, parse: ParseFn | null): ProjectInput {
  const { result, cache } = scan;
  for (const item of scan.items) {
    let doc = item.doc;
    try {
      if (!doc) {
        doc = parse!(item.rel, item.role, item.text);
        cache?.put(doc);
      }
    } catch (err) {
      const error = (err as Error).message.split('\n')[0]!;
      result.diagnostics.push(diagnostic(INPUT_MESSAGES, 'error', message('unparsable-markdown', { error }), { file: item.rel }));
      continue;
    }
    result.fingerprints[item.rel] = createHash('sha256').update(item.text).digest('hex');
    result.docs.push(doc);
    if (doc.warnings) result.diagnostics.push(...doc.warnings);
  }
  const fatal = result.diagnostics.some((d) => NO_PROJECT.has(d.code));
  if (result.docs.length === 0 && !fatal) {
    result.diagnostics.push(diagnostic(INPUT_MESSAGES, 'error', message('no-inputs'), { file: toPosix(scan.dir) }));
  }
  return result;
}
