// Builds the catalogue a run uses: the built-in one plus the project's .infra-arch/knowledge/*.yaml and a --knowledge folder.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Catalogue } from '../../core/knowledge/catalogue.js';
import { builtinCatalogue } from '../../core/knowledge/active.js';
import { mergeCatalogue, type CataloguePart } from '../../core/knowledge/merge.js';
import { KnowledgeError, readKnowledgeDir } from './read-pack.js';

/** Where a project keeps its own knowledge pack. */
export const PROJECT_PACK_DIR = '.infra-arch/knowledge';

export interface PackSources {
  /** Project folder whose .infra-arch/knowledge/ is read when present. */
  projectDir?: string;
  /** An extra folder of knowledge files (`--knowledge DIR`), read after the project's. */
  knowledgeDir?: string;
}

/**
 * The merged catalogue, or the built-in one when there is no pack (nothing read, nothing validated). A bad pack throws
 * KnowledgeError naming the file and the line.
 */
export function loadCatalogue(src: PackSources): Catalogue {
  const parts: CataloguePart[] = [];
  if (src.projectDir) {
    const dir = join(src.projectDir, PROJECT_PACK_DIR);
    if (existsSync(dir) && statSync(dir).isDirectory())
      parts.push(...readKnowledgeDir(dir, src.projectDir).map((f) => f.data as CataloguePart));
  }
  if (src.knowledgeDir) {
    const dir = resolve(src.knowledgeDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new KnowledgeError(src.knowledgeDir, 1, 'the --knowledge folder does not exist; pass a folder of *.yaml knowledge files');
    parts.push(...readKnowledgeDir(dir, resolve(src.knowledgeDir, '..')).map((f) => f.data as CataloguePart));
  }
  if (!parts.length) return builtinCatalogue();
  return new Catalogue(mergeCatalogue(builtinCatalogue().data, ...parts));
}
