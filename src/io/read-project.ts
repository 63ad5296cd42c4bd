// Finds a project's planning documents by role, reads them defensively and parses them (synchronously).
import { parseDocument } from '../core/ingest/parse-markdown.js';
import { finishScan, scanProject, type ProjectInput, type ReadOptions } from './scan-project.js';

export { MAX_FILE_BYTES, readTextFile, type ProjectInput, type ReadOptions } from './scan-project.js';

/** Finds, reads and parses a project's planning documents. Never throws for bad input. */
export function readProject(dir: string, opts: ReadOptions = {}): ProjectInput {
  return finishScan(scanProject(dir, opts), parseDocument);
}
