import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/ingest/parse-markdown.js';
import { ParseCache } from '../../src/io/parse-cache.js';

const text = '# Arch\n\n## Tech Stack\n\n| A | B |\n| - | - |\n| DB | PostgreSQL |\n\n## Alternatives\n\n- MongoDB was rejected\n';

/** Blocks with their section reduced to its trail, so structure can be compared by value. */
const shape = (d: ReturnType<typeof parseDocument>) => d.blocks.map((b) => ({ ...b, section: b.section.trail.join(' > ') }));

describe('ParseCache', () => {
  it('returns a parse equal to a fresh one, with section links restored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    const fresh = parseDocument('docs/a.md', 'architecture', text);
    new ParseCache(dir).put(fresh);
    const cached = new ParseCache(dir).get('docs/b.md', 'architecture', text)!;
    expect(cached.path).toBe('docs/b.md');
    expect(shape(cached)).toEqual(shape(fresh));
    expect(cached.root.children[0].children.map((s) => s.kind)).toEqual(['tech-stack', 'alternatives']);
    // Blocks point at the very section objects of the tree, as a fresh parse does.
    expect(cached.blocks.at(-1)!.section).toBe(cached.root.children[0].children[1]);
  });

  it('misses on other text and ignores a damaged entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    const cache = new ParseCache(dir);
    cache.put(parseDocument('a.md', 'prd', text));
    expect(cache.get('a.md', 'prd', `${text}\nmore`)).toBeNull();
    const sub = readdirSync(dir)[0];
    const file = readdirSync(join(dir, sub))[0];
    writeFileSync(join(dir, sub, file), '{not json');
    expect(cache.get('a.md', 'prd', text)).toBeNull();
  });
});
