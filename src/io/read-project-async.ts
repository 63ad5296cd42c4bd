// Reads a project like readProject, but loads the Markdown parser only when the parse cache misses a document.
import { finishScan, scanProject, type ProjectInput, type ReadOptions } from './scan-project.js';

export async function readProjectAsync(dir: string, opts: ReadOptions = {}): Promise<ProjectInput> {
  const scan = scanProject(dir, opts);
  const parse = scan.items.some((i) => !i.doc) ? (await import('../core/ingest/parse-markdown.js')).parseDocument : null;
  return finishScan(scan, parse);
}
