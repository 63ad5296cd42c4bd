// User knowledge packs through the library: load a project's pack (and a folder), and install it for the calls that follow.
import { useCatalogue } from '../core/knowledge/active.js';
import type { Catalogue } from '../core/knowledge/catalogue.js';
import { loadCatalogue, type PackSources } from '../io/knowledge/load-catalogue.js';

export { KnowledgeError } from '../io/knowledge/read-pack.js';
export type { Catalogue } from '../core/knowledge/catalogue.js';

/** Where packs come from: a project (its `.infra-arch/knowledge/*.yaml`) and/or a folder of `*.yaml` files. */
export type KnowledgeSources = PackSources;

/** The built-in catalogue merged with the packs. A malformed pack throws `KnowledgeError` (`file`, `line`, message `file:line: …`). */
export function loadKnowledge(src: KnowledgeSources): Catalogue {
  return loadCatalogue(src);
}

/**
 * Installs a catalogue for every later call (`decide`, `review`, `validate`… on data that names no project); null
 * restores the built-in one. `analyze` and `render` on a project folder use that project's pack by themselves.
 */
export function useKnowledge(catalogue: Catalogue | null): void {
  useCatalogue(catalogue);
}
