// Benchmark rows for hostile input: 10,000-level nesting (lists, blockquotes, brackets), a 1 MB single line and a
// 2,000-column table, each parsed and extracted, beside a normal document; times should stay close to it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { parseDocument } = await import(join(root, 'dist/core/ingest/parse-markdown.js'));
const { extractProfile } = await import(join(root, 'dist/core/extract/extract-profile.js'));

const DEEP = 10_000;
const normal = [
  '# Architecture',
  '',
  '## Tech Stack',
  '',
  '| Category | Technology |',
  '| --- | --- |',
  '| Cloud | AWS |',
  '| Database | PostgreSQL |',
  '',
  ...Array.from(
    { length: 200 },
    (_, i) => `- Requirement ${i}: the API answers within 200 ms for 1,000 concurrent users; budget $500/month.`,
  ),
].join('\n');
const row = (n, cell) => `| ${Array.from({ length: n }, (_, i) => cell(i)).join(' | ')} |`;
const cases = [
  ['normal document (200 list items)', normal],
  ['list nested 10,000 levels', `${'- '.repeat(DEEP)}Redis\n`],
  ['blockquote nested 10,000 levels', `${'>'.repeat(DEEP)} Redis\n`],
  ['brackets nested 10,000 levels', `${'['.repeat(DEEP)}Redis${']'.repeat(DEEP)}\n`],
  ['1 MB single line', `${'We use Redis, e.g. for sessions; '.repeat(Math.ceil(1_000_000 / 33))}\n`],
  [
    'table 2,000 columns x 50 rows',
    [row(2000, (i) => `h${i}`), row(2000, () => '---'), ...Array.from({ length: 50 }, () => row(2000, (i) => `c${i}`))].join('\n'),
  ],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('hostile input benchmark (parse + extract, median of 3)');
for (const [name, text] of cases) {
  const times = [];
  let warned = false;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const doc = parseDocument('docs/architecture.md', 'architecture', text);
    extractProfile([doc]);
    times.push(performance.now() - t);
    warned = Boolean(doc.warnings?.length);
  }
  console.log(
    `  ${name.padEnd(36)} ${(text.length / 1024).toFixed(0).padStart(6)} KB  ${median(times).toFixed(0).padStart(6)} ms${warned ? '  (flattened, warned)' : ''}`,
  );
}

// `validate` on 50,000 tiny Mermaid blocks (about 2 MB): the first 200 are parsed by Mermaid, the rest skipped with
// one warning (docs/limits.md); the Markdown parse of the whole document is most of the time. Run once: it is slow.
{
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { validateFile } = await import(join(root, 'dist/io/validate-file.js'));
  const blocks = Array.from({ length: 50_000 }, (_, i) => `\`\`\`mermaid\nflowchart TD\n  a${i} --> b\n\`\`\`\n`);
  const dir = mkdtempSync(join(tmpdir(), 'ia-bench-'));
  const file = join(dir, 'many.md');
  writeFileSync(file, `# Doc\n\n${blocks.join('\n')}`);
  const t = performance.now();
  const r = await validateFile(file, { format: 'json' });
  const ms = performance.now() - t;
  const skipped = JSON.parse(r.output).summary.mermaid.skipped ?? 0;
  console.log(
    `  ${'validate 50,000 Mermaid blocks'.padEnd(36)} ${'1950'.padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  (${skipped} skipped, warned)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
