// Reads knowledge YAML files (the built-in knowledge/ folder or a user pack) into checked data; errors name file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { KnowledgeFileSchema, type KnowledgeFile } from './schema.js';

/** A knowledge file that cannot be used: the message names the file and the line. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'KnowledgeError';
  }
}

/** Parses one knowledge file's text; `file` is how the error names it. */
export function parseKnowledgeFile(text: string, file: string): KnowledgeFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new KnowledgeError(file, e.linePos?.[0]?.line ?? 1, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const value = doc.toJS() ?? {};
  const r = KnowledgeFileSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  // The deepest node on the issue's path that exists gives the line.
  let node: Node | undefined;
  for (let n = issue.path.length; n >= 0 && !node; n--)
    node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true) as Node | undefined;
  const line = node?.range ? lc.linePos(node.range[0]).line : 1;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  const hint = issue.code === 'unrecognized_keys' ? ' (see docs/knowledge.md for the fields a record may have)' : '';
  throw new KnowledgeError(file, line, `${where}${issue.message}${hint}`);
}

/** Every `*.yaml`/`*.yml` file under a folder, sorted by path (deterministic merge order). */
export function knowledgeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Reads and checks every knowledge file of a folder; `base` makes the file names in errors relative. */
export function readKnowledgeDir(dir: string, base = dir): { file: string; data: KnowledgeFile }[] {
  return knowledgeFiles(dir).map((p) => {
    const file = relative(base, p).split('\\').join('/');
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch (err) {
      throw new KnowledgeError(file, 1, `cannot read the knowledge file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { file, data: parseKnowledgeFile(text, file) };
  });
}
