// Absurd structure is flattened before parsing, with one warning naming file and line; lines and words stay as written.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { boundStructure, MAX_NESTING } from '../../../src/core/ingest/bound-structure.js';
import { runEveryStage } from '../../helpers/adversarial.js';

const DEEP = 10_000;
// A stack table before the deep part: the facts it commits must still be read.
const intro = '# Deep\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n\n';
const INTRO_LINES = 8;

// Each of these used to overflow the call stack or keep the parser busy for minutes.
// [name, body, what is flattened, line of the body where it starts]
const CASES: [string, string, string, number][] = [
  ['a list nested 10,000 levels on one line', `${'- '.repeat(DEEP)}Redis cache\n`, 'containers', 0],
  [
    'a list nested by indentation, level by level',
    Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n') + '\n',
    'indentation',
    33,
  ],
  ['a blockquote nested 10,000 levels', `${'>'.repeat(DEEP)} Redis cache\n`, 'containers', 0],
  [
    'blockquotes deepening line by line',
    Array.from({ length: 300 }, (_, i) => `${'> '.repeat(i + 1)}line ${i}`).join('\n') + '\n',
    'containers',
    MAX_NESTING,
  ],
  ['brackets nested 10,000 levels', `${'['.repeat(DEEP)}Redis cache${']'.repeat(DEEP)}\n`, 'brackets', 0],
  ['links nested 10,000 levels', `${'['.repeat(DEEP)}Redis cache${'](https://x.test)'.repeat(DEEP)}\n`, 'brackets', 0],
  ['emphasis nested 10,000 levels', `${'*'.repeat(DEEP)}Redis cache${'*'.repeat(DEEP)}\n`, 'emphasis', 0],
];

describe('nesting beyond the limit', () => {
  it.each(CASES)('%s: parses, keeps the words and warns once with file and line', (_name, body, kind, at) => {
    const doc = parseDocument('docs/architecture.md', 'architecture', intro + body);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings![0]).toMatchObject({
      severity: 'warning',
      code: 'structure-flattened',
      messageId: 'structure-flattened',
      data: { line: INTRO_LINES + 1 + at, limit: expect.stringMatching(/^\d+ (?:levels|columns)$/) },
      file: 'docs/architecture.md',
      line: INTRO_LINES + 1 + at,
    });
    expect(boundStructure(intro + body).kinds).toContain(kind);
    expect(doc.blocks.map((b) => b.text).join('\n')).toMatch(/Redis cache|level 199|line 299/);
  });

  it.each(CASES)('%s: every stage returns, and validate reports the flattening', (_name, body) => {
    const { profile, findings } = runEveryStage([parseDocument('docs/architecture.md', 'architecture', intro + body)]);
    expect(profile.cloudProviders.map((f) => f.id)).toEqual(['aws']);
    expect(findings).toBeGreaterThan(0);
  });

  it('keeps the line count, and the text of blocks within the limit', () => {
    const body = `${'> '.repeat(MAX_NESTING + 5)}deep words\nnext line\n`;
    const out = boundStructure(intro + body);
    expect(out.text.split('\n')).toHaveLength((intro + body).split('\n').length);
    expect(out.line).toBe(INTRO_LINES + 1);
    const shallow = `${'> '.repeat(MAX_NESTING)}fine\n\n[a [b] c](https://x.test) **bold** ${'['.repeat(MAX_NESTING)}x${']'.repeat(MAX_NESTING)}\n`;
    expect(boundStructure(shallow)).toEqual({ text: shallow, line: null, kinds: [] });
  });

  it('leaves fenced code as written', () => {
    const code = `\`\`\`text\n${'>'.repeat(100)} ${'['.repeat(100)}\n\`\`\`\n`;
    expect(boundStructure(code).text).toBe(code);
  });
});

describe('absurd size', () => {
  it('a 1 MB single line: parses, and every stage returns', () => {
    const line = 'We use Redis, e.g. for sessions; '.repeat(Math.ceil(1_000_000 / 33));
    const doc = parseDocument('docs/architecture.md', 'architecture', `${intro}${line}\n`);
    expect(doc.blocks.find((b) => b.type === 'paragraph')!.text.length).toBeGreaterThan(1_000_000);
    const { profile } = runEveryStage([doc]);
    expect(profile.cloudProviders.map((f) => f.id)).toEqual(['aws']);
  });

  it('a table 2,000 columns wide is read as a paragraph, with a warning', () => {
    const cols = 2000;
    const row = (cell: (i: number) => string) => `| ${Array.from({ length: cols }, (_, i) => cell(i)).join(' | ')} |`;
    const table = [row((i) => `h${i}`), row(() => '---'), ...Array.from({ length: 50 }, (_, r) => row((i) => `r${r}c${i}`))].join('\n');
    const doc = parseDocument('docs/tech-stack.md', 'tech-stack', `# Stack\n\n${table}\n\n| Cloud | AWS |\n| --- | --- |\n`);
    expect(doc.warnings?.[0]).toMatchObject({ code: 'structure-flattened', file: 'docs/tech-stack.md', line: 4 });
    expect(doc.blocks.filter((b) => b.type === 'table-row').map((b) => b.cells)).toEqual([]);
    expect(doc.blocks.some((b) => b.type === 'paragraph' && b.text.includes('r49c1999'))).toBe(true);
    expect(doc.blocks.find((b) => b.type === 'table-header')?.cells).toEqual(['Cloud', 'AWS']);
  });
});
