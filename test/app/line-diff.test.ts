// lineDiff: the short diff `check` prints for a hand-edited document.
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/app/line-diff.js';

describe('lineDiff', () => {
  it.each([
    ['equal texts', 'a\nb\nc', 'a\nb\nc', []],
    ['one changed line', 'a\nb\nc\nd', 'a\nB\nc\nd', ['@@ line 2 @@', '  a', '- b', '+ B', '  c']],
    ['an added line at the end', 'a\nb', 'a\nb\nnew', ['@@ line 3 @@', '  b', '+ new']],
    ['a removed line', 'a\nb\nc', 'a\nc', ['@@ line 2 @@', '  a', '- b', '  c']],
    [
      'two distant edits',
      'a\nb\nc\nd\ne\nf\ng',
      'A\nb\nc\nd\ne\nf\nG',
      ['@@ line 1 @@', '- a', '+ A', '  b', '@@ line 7 @@', '  f', '- g', '+ G'],
    ],
  ])('%s', (_name, before, after, want) => {
    expect(lineDiff(before, after)).toEqual(want);
  });

  it('summarises a long diff', () => {
    const before = Array.from({ length: 200 }, (_, i) => `l${i}`).join('\n');
    const after = Array.from({ length: 200 }, (_, i) => `L${i}`).join('\n');
    const out = lineDiff(before, after, { maxLines: 10 });
    expect(out).toHaveLength(11);
    expect(out[10]).toMatch(/^… \d+ more line\(s\) of changes$/);
  });
});
