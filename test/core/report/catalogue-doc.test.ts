// docs/knowledge.md is generated from the catalogue and committed in step with it; every record appears once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';
import { catalogueDoc } from '../../../src/core/report/catalogue-doc.js';

describe('docs/knowledge.md', () => {
  const kb = builtinCatalogue();
  const doc = catalogueDoc(kb);

  it('is up to date with knowledge/*.yaml (run `npm run docs` to refresh)', () => {
    expect(readFileSync(resolve(__dirname, '../../../docs/knowledge.md'), 'utf8')).toBe(doc);
  });

  it.each([
    ['technology', () => kb.technologies().map((t) => t.id)],
    ['region', () => kb.regions().map((r) => r.id)],
    ['regime', () => kb.regimes().map((r) => r.id)],
    ['DR tier', () => kb.drTiers().map((t) => t.id)],
  ])('lists every %s as a table row', (_what, ids) => {
    const all = ids();
    expect(all.length).toBeGreaterThan(0);
    for (const id of all) expect(doc).toContain(`| \`${id}\` |`);
  });
});
