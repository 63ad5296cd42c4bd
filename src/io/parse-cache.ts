// Keeps parsed documents (section tree and blocks) on disk, keyed by the text and the parser's own code.
// Parsing Markdown is the slowest step of a run; planning documents rarely change between runs.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
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
}

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
  };
  return JSON.stringify(stored);
}

function revive(path: string, role: DocRole, text: string, raw: string): SourceDoc {
  const stored = JSON.parse(raw) as Stored;
  const sections: Section[] = stored.sections.map((s) => ({ ...s, children: [] }));
  stored.sections.forEach((s, i) => { sections[i].children = s.children.map((c) => sections[c]); });
  const blocks: Block[] = stored.blocks.map((b) => ({ ...b, section: sections[b.section] }));
  return { path, role, text, root: sections[0], blocks, ...(stored.warnings ? { warnings: stored.warnings } : {}) };
}

export class ParseCache {
  private readonly dir: string;

  constructor(base: string) {
    this.dir = join(base, `parsed-${currentParserKey()}`);
  }

  private file(text: string): string {
    return join(this.dir, `${createHash('sha256').update(text).digest('hex')}.json`);
  }

  /** The cached parse of this exact text, or null; a damaged entry is ignored. */
  get(path: string, role: DocRole, text: string): SourceDoc | null {
    try {
      return revive(path, role, text, readFileSync(this.file(text), 'utf8'));
    } catch {
      return null;
    }
  }

  /** Stores a parse; a cache that cannot be written is simply not used. */
  put(doc: SourceDoc): void {
    try {
      writeAtomic(this.file(doc.text), serialise(doc));
    } catch {
      // read-only home, full disk: correctness does not depend on the cache
    }
  }
}
