// The registry: every item file registered, ids unique and well-formed, docs and detection present, 60+ items.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKLIST, ITEM_FILES } from '../../../src/core/checklist/registry.js';
import { AREAS } from '../../../src/core/checklist/areas.js';
import { ITEM_CASES } from '../../fixtures/validate/item-cases.js';

describe('checklist registry', () => {
  it('registers every file in items/', () => {
    const files = readdirSync(resolve('src/core/checklist/items'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(ITEM_FILES).sort()).toEqual(files.sort());
  });
  it('has at least 60 items with unique, well-formed ids', () => {
    expect(CHECKLIST.length).toBeGreaterThanOrEqual(60);
    const ids = CHECKLIST.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ckl-[a-z]+(-[a-z0-9]+)+$/);
  });
  it('covers every area, and each item has docs, detection text and a test case', () => {
    for (const a of AREAS)
      expect(
        CHECKLIST.some((i) => i.area === a.id),
        a.id,
      ).toBe(true);
    for (const i of CHECKLIST) {
      expect(i.docs.why.length, i.id).toBeGreaterThan(20);
      expect(i.docs.fix.length, i.id).toBeGreaterThan(20);
      expect(i.detects.length, i.id).toBeGreaterThan(5);
      expect(typeof i.detect).toBe('function');
      expect(ITEM_CASES[i.id], i.id).toBeDefined();
    }
  });
  it('item files hold only their own area', () => {
    for (const [file, items] of Object.entries(ITEM_FILES)) {
      for (const i of items)
        expect(i.area === file || (file === 'environments' && i.area === 'environments'), `${i.id} in ${file}`).toBe(true);
    }
  });
});
