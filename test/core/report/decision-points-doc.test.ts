import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../src/core/decide/registry.js';
import { decisionPointsDoc } from '../../../src/core/report/decision-points-doc.js';

describe('docs/decision-points.md', () => {
  it('is up to date with the knowledge base (run `npm run docs` to refresh)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../docs/decision-points.md'), 'utf8');
    expect(committed).toBe(decisionPointsDoc(POINTS));
  });

  it('documents every point and every option', () => {
    const doc = decisionPointsDoc(POINTS);
    for (const p of POINTS) {
      expect(doc).toContain(`\`${p.meta.id}\``);
      for (const o of p.options) expect(doc).toContain(`| \`${o.id}\` |`);
    }
  });
});
