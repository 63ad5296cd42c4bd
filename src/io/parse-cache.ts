// Keeps parsed documents (section tree and blocks) on disk, keyed by the text and the parser's own code.
// Parsing Markdown is the slowest step of a run; planning documents rarely change between runs. Each entry is
// sealed with a per-cache secret (HMAC), so an entry planted by someone else is ignored; the cache is capped.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, DocRole, Section, SourceDoc } from '../core/types.js';
import { writeAtomic } from './write-outputs.js';

interface StoredSection extends Omit<Section, 'children'> {
  children: number[];
}
interface Stored {
  sections: StoredSection[];
  blocks: (Omit<Block, 'section'> & { section: number })[];
  warnings?: SourceDoc['warnings'];
  frontMatter?: SourceDoc['frontMatter'];
}

/** Entries kept at most per parser version; the oldest go first. */
export const MAX_PARSE_ENTRIES = 400;
/** One entry at most (a 5 MB document parses to a few times that). */
const MAX_ENTRY_BYTES = 48 * 1024 * 1024;
const SECRET_FILE = 'secret.key';

let parserKey: string | null = null;

/** sha256 of the compiled ingest code: any change to the parser invalidates every cached parse. */
function currentParserKey(): string {
  if (parserKey === null) {
    const h = createHash('sha256');
    try {
      const dir = join(dirname(fileURLToPath(import.meta.url)), '../core/ingest');
      for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
      parserKey = h.digest('hex').slice(0, 16);
    } catch {
      parserKey = 'unknown';
    }
  }
  return parserKey;
}

function serialise(doc: SourceDoc): string {
  const sections: Section[] = [];
  const index = new Map<Section, number>();
  const walk = (s: Section) => {
    index.set(s, sections.length);
    sections.push(s);
    s.children.forEach(walk);
  };
  walk(doc.root);
  const stored: Stored = {
    sections: sections.map((s) => ({ ...s, children: s.children.map((c) => index.get(c)!) })),
    blocks: doc.blocks.map((b) => ({ ...b, section: index.get(b.section)! })),
    ...(doc.warnings ? { warnings: doc.warnings } : {}),
    ...(doc.frontMatter ? { frontMatter: doc.frontMatter } : {}),
  };
  return JSON.stringify(stored);
}

function revive(path: string, role: DocRole, text: string, raw: string): SourceDoc | null {
  const stored = JSON.parse(raw) as Stored;
  if (!Array.isArray(stored?.sections) || !Array.isArray(stored.blocks) || stored.sections.length === 0) return null;
  const n = stored.sections.length;
  const okIndex = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n;
  const sections: Section[] = stored.sections.map((s) => ({ ...s, children: [] }));
  for (const [i, s] of stored.sections.entries()) {
    if (!Array.isArray(s.children) || !s.children.every(okIndex)) return null;
    sections[i].children = s.children.map((c) => sections[c]);
  }
  if (!stored.blocks.every((b) => okIndex(b.section) && typeof b.text === 'string')) return null;
  const blocks: Block[] = stored.blocks.map((b) => ({ ...b, section: sections[b.section] }));
  const fm = stored.frontMatter;
  const frontMatter = fm && Number.isInteger(fm.line) && fm.data && typeof fm.data === 'object' ? { frontMatter: fm } : {};
  return { path, role, text, root: sections[0], blocks, ...frontMatter, ...(stored.warnings ? { warnings: stored.warnings } : {}) };
}

/** The cache's own secret, made once (readable by its owner only); null when it cannot be kept. */
function cacheSecret(dir: string): Buffer | null {
  const file = join(dir, SECRET_FILE);
  try {
    const st = lstatSync(file);
    if (st.isFile() && st.size === 64) {
      const hex = readFileSync(file, 'utf8');
      if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
    }
    rmSync(file, { force: true });
  } catch {
    // absent: make one
  }
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(32);
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, secret.toString('hex'));
    } finally {
      closeSync(fd);
    }
    return secret;
  } catch {
    return null;
  }
}

export class ParseCache {
  private readonly dir: string;
  private secret: Buffer | null | undefined;

  constructor(private readonly base: string) {
    this.dir = join(base, `parsed-${currentParserKey()}`);
  }

  private key(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  private seal(key: string, payload: string): string | null {
    this.secret ??= cacheSecret(this.dir);
    return this.secret ? createHmac('sha256', this.secret).update(key).update('\0').update(payload).digest('hex') : null;
  }

  /** The cached parse of this exact text, or null; a damaged, oversized, foreign or planted entry is ignored. */
  get(path: string, role: DocRole, text: string): SourceDoc | null {
    try {
      const key = this.key(text);
      const file = this.file(key);
      const st = lstatSync(file);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) return null;
      const raw = readFileSync(file, 'utf8');
      const nl = raw.indexOf('\n');
      if (nl !== 64) return null;
      const payload = raw.slice(nl + 1);
      if (raw.slice(0, nl) !== this.seal(key, payload)) return null;
      return revive(path, role, text, payload);
    } catch {
      return null;
    }
  }

  /** Stores a parse; a cache that cannot be written is simply not used. */
  put(doc: SourceDoc): void {
    try {
      const key = this.key(doc.text);
      const payload = serialise(doc);
      const mac = this.seal(key, payload);
      if (!mac || payload.length > MAX_ENTRY_BYTES) return;
      writeAtomic(this.file(key), `${mac}\n${payload}`);
      this.prune();
    } catch {
      // read-only home, full disk: correctness does not depend on the cache
    }
  }

  /** Keeps the newest entries of this parser version and drops every other version's folder. */
  private prune(): void {
    for (const name of readdirSync(this.base)) {
      if (name.startsWith('parsed-') && join(this.base, name) !== this.dir) rmSync(join(this.base, name), { recursive: true, force: true });
    }
    const entries = readdirSync(this.dir).filter((n) => n.endsWith('.json'));
    if (entries.length <= MAX_PARSE_ENTRIES) return;
    const aged = entries.map((n) => ({ n, t: statSync(join(this.dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { n } of aged.slice(0, entries.length - Math.floor(MAX_PARSE_ENTRIES * 0.8))) rmSync(join(this.dir, n), { force: true });
  }
}
