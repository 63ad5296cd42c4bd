// Prints, over the corpus, the median share of each document's body shared verbatim with another project's document, and the median length.
import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../src/core/pipeline/build-architecture.js';
import { readProject } from '../../src/io/read-project.js';
import { CORPUS, PROJECTS, projectDir } from './corpus.js';
import { bodyLines, median, sharedShares } from './shared-text.js';

describe('shared-text measure', () => {
  it('counts a line as shared only when another document has it verbatim, ignoring links and numbers', () => {
    const a = '# T\n\n| A | B |\n| - | - |\n| x 1 | [l](p#L3) y |\nOwn line of a.\n\n```mermaid\nflowchart LR\n```\n';
    const b = '# U\n\n| C | D |\n| - | - |\n| x 22 | [m](q#L9) y |\nOwn line of b.\n';
    expect(bodyLines(a)).toEqual(['| x | y |', 'Own line of a.']);
    const s = sharedShares(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    expect(s.get('a')).toBe(0.5);
    expect(median([0.9, 0.1, 0.5])).toBe(0.5);
  });
});

describe.skipIf(!CORPUS)('documents over the corpus', () => {
  it('prints the median shared share and the median length', () => {
    const docs = new Map<string, string>();
    for (const slug of PROJECTS) {
      const docsIn = readProject(projectDir(slug)).docs.filter((d) => d.role !== 'prior-output');
      const r = buildArchitecture({ docs: docsIn, date: '2026-01-15' });
      docs.set(slug, r.files.find((f) => f.kind === 'document')!.content);
    }
    const shares = sharedShares(docs);
    const lengths = [...docs.values()].map((d) => d.split('\n').length);
    const med = median([...shares.values()]);
    console.log(`shared body text: median ${(med * 100).toFixed(1)} % over ${docs.size} projects; median length ${median(lengths)} lines`);
    for (const [k, v] of shares) console.log(`  ${k}: ${(v * 100).toFixed(1)} % shared, ${docs.get(k)!.split('\n').length} lines`);
    expect(docs.size).toBe(PROJECTS.length);
    expect(med).toBeLessThanOrEqual(0.25);
    expect(median(lengths)).toBeLessThanOrEqual(700);
  }, 300_000);
});
