import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/ingest/parse-markdown.js';
import { MAX_PARSE_ENTRIES, ParseCache } from '../../src/io/parse-cache.js';

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

  it('keeps the front matter through the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    const withFront = `---\nclassification:\n  projectType: cli_tool\n---\n${text}`;
    new ParseCache(dir).put(parseDocument('docs/prd.md', 'prd', withFront));
    expect(new ParseCache(dir).get('docs/prd.md', 'prd', withFront)?.frontMatter).toEqual({
      line: 1,
      data: { classification: { projectType: 'cli_tool' } },
    });
  });

  it('misses on other text and ignores a damaged entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    const cache = new ParseCache(dir);
    cache.put(parseDocument('a.md', 'prd', text));
    expect(cache.get('a.md', 'prd', `${text}\nmore`)).toBeNull();
    const sub = readdirSync(dir)[0];
    const file = readdirSync(join(dir, sub)).find((f) => f.endsWith('.json'))!;
    writeFileSync(join(dir, sub, file), '{not json');
    expect(cache.get('a.md', 'prd', text)).toBeNull();
  });

  it("ignores an entry planted under the right name without the cache's seal", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    const cache = new ParseCache(dir);
    const other = parseDocument('a.md', 'prd', '# Arch\n\nWe run on a mainframe in the basement.\n');
    cache.put(other);
    const sub = readdirSync(dir)[0];
    const genuine = readFileSync(
      join(
        dir,
        sub,
        readdirSync(join(dir, sub)).find((f) => f.endsWith('.json'))!,
      ),
      'utf8',
    );
    // Someone who can write the cache folder but not read its secret copies an entry onto another text's key.
    const key = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(dir, sub, `${key}.json`), genuine);
    expect(new ParseCache(dir).get('a.md', 'prd', text)).toBeNull();
    // And an entry in the old, unsealed format is ignored too.
    writeFileSync(join(dir, sub, `${key}.json`), genuine.slice(genuine.indexOf('\n') + 1));
    expect(new ParseCache(dir).get('a.md', 'prd', text)).toBeNull();
  });

  it('keeps at most its cap of entries and drops other parser versions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-pc-'));
    mkdirSync(join(dir, 'parsed-0000000000000000'));
    writeFileSync(join(dir, 'parsed-0000000000000000/x.json'), '{}');
    const cache = new ParseCache(dir);
    for (let i = 0; i <= MAX_PARSE_ENTRIES; i++) cache.put(parseDocument('a.md', 'prd', `# Doc ${i}\n`));
    const subs = readdirSync(dir);
    expect(subs).toHaveLength(1);
    const n = readdirSync(join(dir, subs[0])).filter((f) => f.endsWith('.json')).length;
    expect(n).toBeLessThanOrEqual(MAX_PARSE_ENTRIES);
    expect(n).toBeGreaterThan(0);
  });
});
