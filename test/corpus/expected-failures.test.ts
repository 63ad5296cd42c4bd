// The expected-failure list itself: known projects and checks, no entry twice, printed in full.
import { describe, expect, it } from 'vitest';
import { CORPUS, PROJECTS } from './corpus.js';
import { EXPECTED } from './expected-failures.js';

describe('expected corpus failures', () => {
  it('lists each project and check at most once', () => {
    const keys = EXPECTED.map((e) => `${e.project} ${e.check}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it.skipIf(!CORPUS)('names only projects of the corpus', () => {
    expect(EXPECTED.map((e) => e.project).filter((p) => !PROJECTS.includes(p))).toEqual([]);
  });
  it('prints the list, by issue', () => {
    const byIssue = new Map<number, number>();
    for (const e of EXPECTED) byIssue.set(e.issue, (byIssue.get(e.issue) ?? 0) + 1);
    console.log(`expected corpus failures: ${EXPECTED.length} (${[...byIssue].map(([i, n]) => `#${i}: ${n}`).join(', ')})`);
    expect(EXPECTED.every((e) => e.reason.length > 0)).toBe(true);
  });
});
