// Remembers diagrams Mermaid already accepted (sha256 of mermaid version + exact text), so they are not parsed again;
// also says where the user's cache folder is (docs/limits.md documents it).
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from './write-outputs.js';

const MAX_PROOFS = 5000;

let version: string | null = null;

/** The installed Mermaid version: a proof is only valid for the parser that gave it. */
export function mermaidVersion(): string {
  if (version === null) {
    try {
      const req = createRequire(import.meta.url);
      version = (JSON.parse(readFileSync(req.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
    } catch {
      version = 'unknown';
    }
  }
  return version;
}

/** `INFRA_ARCH_CACHE_DIR`, else `$XDG_CACHE_HOME/infra-arch`, else `~/.cache/infra-arch`. */
export function defaultCacheDir(): string {
  const env = process.env;
  if (env.INFRA_ARCH_CACHE_DIR) return env.INFRA_ARCH_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'infra-arch');
}

/** The cache folder to use: an explicit one, none (`false`, `--no-cache`, INFRA_ARCH_NO_CACHE=1), else the default. */
export function cacheFolder(option: string | false | undefined): string | null {
  if (option === false) return null;
  if (option !== undefined) return option;
  const off = process.env.INFRA_ARCH_NO_CACHE;
  return off && off !== '0' ? null : defaultCacheDir();
}

export class ProofCache {
  private proofs: string[] = [];
  private known = new Set<string>();
  private dirty = false;
  private readonly file: string;

  constructor(
    dir: string,
    private readonly parserVersion = mermaidVersion(),
  ) {
    this.file = join(dir, 'mermaid-proofs.json');
    try {
      // 5,000 proofs are about 330 KB; anything much larger is not this cache's file.
      const st = lstatSync(this.file);
      if (!st.isFile() || st.size > 2 * 1024 * 1024) throw new Error('not a proof cache');
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { proofs?: unknown };
      if (Array.isArray(data.proofs))
        this.proofs = data.proofs.filter((x): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x));
    } catch {
      // A missing or damaged cache only costs a re-parse.
    }
    this.known = new Set(this.proofs);
  }

  key(source: string): string {
    return createHash('sha256').update(`${this.parserVersion}\0${source}`).digest('hex');
  }

  has(source: string): boolean {
    return this.known.has(this.key(source));
  }

  add(source: string): void {
    const k = this.key(source);
    if (this.known.has(k)) return;
    this.known.add(k);
    this.proofs.push(k);
    this.dirty = true;
  }

  /** Best effort: a read-only cache folder must not fail the run. */
  save(): void {
    if (!this.dirty) return;
    try {
      writeAtomic(this.file, `${JSON.stringify({ parser: 'mermaid', proofs: this.proofs.slice(-MAX_PROOFS) })}\n`);
      this.dirty = false;
    } catch {
      // ignore
    }
  }
}
