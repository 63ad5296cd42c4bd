import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';
import { extractProfile } from '../../../src/core/extract/extract-profile.js';
import { readProject } from '../../../src/io/read-project.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const CORPUS = [resolve(here, '../../../../shared/corpus'), resolve(process.cwd(), '../shared/corpus')].find((p) => existsSync(p));

describe('hostile input', () => {
  // How long it takes is a figure for `npm run bench`; here it must return with the right answer.
  it('survives very long lines', () => {
    const line = 'AWS '.repeat(20000) + 'not '.repeat(20000) + 'e.g. '.repeat(5000) + '9'.repeat(50000) + '% uptime';
    const d = doc(
      'docs/architecture.md',
      'architecture',
      `# X\n\n${line}\n\n| a | b |\n| - | - |\n| ${'$1,'.repeat(20000)} | RTO ${'1'.repeat(5000)} |\n`,
    );
    const p = profileOf(d);
    // One block counts once per id: a wall of repeated names is no more evidence than one.
    expect(p.cloudProviders).toEqual([]);
  });

  it('survives deeply nested lists and markup in names', () => {
    let md = '# Name "]--> <script>alert(1)</script>\n\n';
    for (let i = 0; i < 200; i++) md += `${'  '.repeat(i)}- level ${i} Redis "]--> <script>\n`;
    const p = profileOf(doc('docs/prd.md', 'prd', md));
    expect(p.projectName?.value).toContain('<script>');
    expect(p.projectName!.evidence[0].quote.length).toBeLessThanOrEqual(160);
  });

  it('handles empty input', () => {
    expect(extractProfile([]).profile.cloudProviders).toEqual([]);
  });
});

describe.skipIf(!CORPUS)('determinism on the corpus', () => {
  it('extracts the largest project identically twice', () => {
    const projects = readdirSync(CORPUS!).filter((d) => existsSync(join(CORPUS!, d, 'docs')));
    const inputs = projects.map((p) => readProject(join(CORPUS!, p)));
    const largest = inputs.sort((a, b) => b.docs.reduce((n, d) => n + d.text.length, 0) - a.docs.reduce((n, d) => n + d.text.length, 0))[0];
    const first = JSON.stringify(extractProfile(largest.docs));
    expect(JSON.stringify(extractProfile(largest.docs))).toBe(first);
  });
});
