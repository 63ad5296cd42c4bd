// validate reports live raw HTML in a document (markup injection) and lets formatting tags, comments and code through.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../src/core/validate/index.js';

const ids = (body: string) =>
  validateDocument({ path: 'docs/x.md', text: `# Doc\n\n${body}\n` })
    .findings.filter((f) => f.id === 'doc-raw-html')
    .map((f) => [f.severity, f.line]);

describe('raw HTML in a document', () => {
  it.each([
    [
      'an image tag after an autolink (the escaping backslash swallowed)',
      'See https://host/x\\<img src=x onerror=alert(1)> now.',
      [['error', 3]],
    ],
    ['a script block', '<script>alert(1)</script>', [['error', 3]]],
    ['an iframe', 'text <iframe src="https://evil.example"></iframe>', [['error', 3]]],
    ['an event handler on a formatting tag', '<span onmouseover="x()">hover</span>', [['error', 3]]],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>', [['error', 3]]],
    ['a comment', '<!-- generated: do not edit -->', []],
    ['details and summary', '<details><summary>More</summary>\n\nBody\n\n</details>', []],
    ['a line break in a table cell', '| a | b |\n| --- | --- |\n| x<br/>y | z |', []],
    ['a tag written as code', 'Use `<img src=x onerror=alert(1)>` as the example.', []],
    ['an escaped tag', 'Write \\<img\\> in text.', []],
  ])('%s', (_name, body, want) => {
    expect(ids(body)).toEqual(want);
  });
});
