// `infra-arch cache clear`: removes what infra-arch keeps in its cache folder, and nothing else there.
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** infra-arch's own entries in a cache folder (the folder may be shared, e.g. INFRA_ARCH_CACHE_DIR=$HOME/.cache). */
const OWN = /^(parsed-[0-9a-z]+|mermaid-proofs\.json|\.mermaid-proofs\.json\.\d+\.tmp)$/;

function sizeOf(full: string): number {
  const st = statSync(full);
  if (!st.isDirectory()) return st.size;
  return readdirSync(full).reduce((n, name) => n + sizeOf(join(full, name)), 0);
}

/** Bytes infra-arch keeps in `dir`. */
export function cacheSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((n) => OWN.test(n))
    .reduce((n, name) => n + sizeOf(join(dir, name)), 0);
}

/** Removes infra-arch's entries from `dir` (and the folder when that leaves it empty); returns the bytes freed. */
export function clearCache(dir: string): number {
  if (!existsSync(dir)) return 0;
  const freed = cacheSize(dir);
  for (const name of readdirSync(dir)) if (OWN.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // shared or busy: leave the folder
  }
  return freed;
}
