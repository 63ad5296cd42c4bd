// Finds the shared corpus beside the repository root and lists its labelled projects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `../shared/corpus` relative to the repository root, or null when it is not there. */
export const CORPUS: string | null =
  [resolve(here, '../../../shared/corpus'), resolve(process.cwd(), '../shared/corpus')].find((p) => existsSync(p)) ?? null;

/** Project folders that carry a labels.yaml, sorted. */
export const PROJECTS: string[] = CORPUS
  ? readdirSync(CORPUS)
      .filter((d) => existsSync(join(CORPUS!, d, 'labels.yaml')))
      .sort()
  : [];

export function readLabels<T = Record<string, unknown>>(project: string): T {
  return parse(readFileSync(join(CORPUS!, project, 'labels.yaml'), 'utf8')) as T;
}

export const projectDir = (project: string) => join(CORPUS!, project);
