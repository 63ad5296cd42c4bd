// `infra-arch cache [path]` and `infra-arch cache clear`: where the cache is, how big, and emptying it.
import { cacheSize, clearCache } from '../io/cache-clear.js';
import { defaultCacheDir } from '../io/mermaid-proof-cache.js';
import type { RunResult } from './run-result.js';

const kb = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export function runCachePath(dir = defaultCacheDir()): RunResult {
  const off = process.env.INFRA_ARCH_NO_CACHE && process.env.INFRA_ARCH_NO_CACHE !== '0' ? ' (not used: INFRA_ARCH_NO_CACHE is set)' : '';
  return { exitCode: 0, stdout: `${dir}\t${kb(cacheSize(dir))}${off}\n`, stderr: '' };
}

export function runCacheClear(dir = defaultCacheDir()): RunResult {
  try {
    const freed = clearCache(dir);
    return { exitCode: 0, stdout: `cleared ${dir} (${kb(freed)} freed)\n`, stderr: '' };
  } catch (err) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `infra-arch: cannot clear ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'}): check its permissions, or delete it by hand\n`,
    };
  }
}
