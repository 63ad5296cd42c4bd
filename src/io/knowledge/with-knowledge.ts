// Runs a call under a project's knowledge pack (and an extra folder), then puts the catalogue in force back.
import { installedCatalogue, useCatalogue } from '../../core/knowledge/active.js';
import { loadCatalogue, type PackSources } from './load-catalogue.js';

/**
 * The library and the MCP server serve many projects in one process, so a project's pack is installed for one call only.
 * A catalogue the caller installed itself (`useKnowledge`) wins over the project's pack. Throws KnowledgeError (file:line).
 */
export async function withKnowledge<T>(src: PackSources, run: () => Promise<T> | T): Promise<T> {
  const before = installedCatalogue();
  if (before && !src.knowledgeDir) return run();
  useCatalogue(loadCatalogue(src));
  try {
    return await run();
  } finally {
    useCatalogue(before);
  }
}

/** The same, for synchronous calls. */
export function withKnowledgeSync<T>(src: PackSources, run: () => T): T {
  const before = installedCatalogue();
  if (before && !src.knowledgeDir) return run();
  useCatalogue(loadCatalogue(src));
  try {
    return run();
  } finally {
    useCatalogue(before);
  }
}
