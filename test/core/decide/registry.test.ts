import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../src/core/decide/registry.js';
import { DOMAINS } from '../../../src/core/decide/domains.js';

const root = resolve(__dirname, '../../..');
const pointsDir = join(root, 'src/core/decide/points');

describe('decision point registry', () => {
  const files = DOMAINS.flatMap((d) =>
    existsSync(join(pointsDir, d.id))
      ? readdirSync(join(pointsDir, d.id))
          .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
          .map((f) => `${d.id}/${f.replace(/\.ts$/, '')}`)
      : [],
  );
  const registered = POINTS.map((p) => `${p.meta.domain}/${p.meta.id.split('.').slice(1).join('.')}`);

  it('registers every point file exactly once, under its own domain', () => {
    expect([...registered].sort()).toEqual([...files].sort());
    expect(new Set(POINTS.map((p) => p.meta.id)).size).toBe(POINTS.length);
  });

  it('has a test file for every point', () => {
    const missing = files.filter((f) => !existsSync(join(root, 'test/core/decide/points', `${f}.test.ts`)));
    expect(missing).toEqual([]);
  });

  it('documents every point and option', () => {
    for (const p of POINTS) {
      expect(p.meta.docs.length, p.meta.id).toBeGreaterThan(40);
      expect(p.meta.assumption.length, p.meta.id).toBeGreaterThan(20);
      expect(p.options.length, p.meta.id).toBeGreaterThanOrEqual(3);
      for (const o of p.options) {
        expect(o.pros.length, `${p.meta.id}/${o.id}`).toBeGreaterThan(0);
        expect(o.cons.length, `${p.meta.id}/${o.id}`).toBeGreaterThan(0);
        expect(o.summary.length, `${p.meta.id}/${o.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('keeps every domain in the registry order of the workflow', () => {
    const order = DOMAINS.map((d) => d.id);
    const seen = POINTS.map((p) => order.indexOf(p.meta.domain));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
