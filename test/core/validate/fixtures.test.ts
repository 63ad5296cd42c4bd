// Markdown fixtures carry their expected findings as comments: expect, expect-next (line after) and expect-not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDocument } from '../../../src/core/validate/index.js';

const DIR = resolve('test/fixtures/validate');

interface Expectation {
  kind: 'expect' | 'expect-next' | 'expect-not';
  id: string;
  line: number;
  /** When given (`<!-- expect-next: doc-placeholder error -->`), every matching finding has this severity. */
  severity?: string;
}

function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/<!--\s*(expect-next|expect-not|expect):\s*([\w-]+)(?: (error|warning|info))?\s*-->/g)) {
      out.push({ kind: m[1] as Expectation['kind'], id: m[2], line: i + 1, ...(m[3] ? { severity: m[3] } : {}) });
    }
  });
  return out;
}

describe.each(['placeholders-and-leaks.md', 'final-placeholders.md', 'links-and-adrs.md'])('%s', (name) => {
  const text = readFileSync(resolve(DIR, name), 'utf8');
  // The fixture "exists" with one ADR file present, so file rules run.
  const report = validateDocument({ path: `docs/${name}`, text, files: ['docs/adr/0003-use-terraform.md'] });
  for (const e of expectations(text)) {
    it(`${e.kind} ${e.id} (comment at line ${e.line})`, () => {
      const hits = report.findings.filter((f) => f.id === e.id);
      if (e.kind === 'expect') expect(hits.length).toBeGreaterThan(0);
      if (e.kind === 'expect-not') expect(hits).toEqual([]);
      if (e.kind === 'expect-next') expect(hits.map((f) => f.line)).toContain(e.line + 1);
      if (e.severity) expect(new Set(hits.map((f) => f.severity))).toEqual(new Set([e.severity]));
    });
  }
  it('reports no finding of a rule the fixture does not expect on an unmarked line', () => {
    const marked = new Set(
      expectations(text)
        .filter((e) => e.kind === 'expect-next')
        .map((e) => `${e.id}@${e.line + 1}`),
    );
    const docRules = report.findings.filter((f) => !f.id.startsWith('ckl-'));
    for (const f of docRules) expect(marked.has(`${f.id}@${f.line}`), `${f.id} at line ${f.line}: ${f.message}`).toBe(true);
  });
});
