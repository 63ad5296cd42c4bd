// Benchmark for `analyze`: in-process stages on the largest corpus project, the whole command, and 1x/4x/16x growth.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const { readProject } = await import(join(root, 'dist/io/read-project.js'));
const { extractProfile } = await import(join(root, 'dist/core/extract/extract-profile.js'));
const { decideAll } = await import(join(root, 'dist/core/decide/decide.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function sizeOf(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else n += statSync(p).size;
    }
  };
  walk(join(dir, 'docs'));
  return n;
}

let projects = [];
try {
  projects = readdirSync(corpus).filter((p) => statSync(join(corpus, p)).isDirectory());
} catch {
  console.log(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
const largest = projects.map((p) => ({ p, size: sizeOf(join(corpus, p)) })).sort((a, b) => b.size - a.size)[0];
const dir = join(corpus, largest.p);
console.log(`analyze benchmark — largest corpus project: ${largest.p} (${(largest.size / 1024).toFixed(0)} KB of docs)`);

function stages(projectDir, runs = 10) {
  const load = [],
    extract = [],
    decide = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const input = readProject(projectDir);
    load.push(performance.now() - t);
    t = performance.now();
    const { profile } = extractProfile(input.docs);
    extract.push(performance.now() - t);
    t = performance.now();
    decideAll(profile);
    decide.push(performance.now() - t);
  }
  return { load: median(load), extract: median(extract), decide: median(decide) };
}

stages(dir, 3); // warm the JIT like a second run would
const s = stages(dir);
console.log(
  `in-process (median of 10): load+parse ${ms(s.load)}, extract ${ms(s.extract)}, analyze total ${ms(s.load + s.extract)}; decide ${ms(s.decide)}  [targets: analyze < 150 ms, decide < 50 ms]`,
);

const whole = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  execFileSync(process.execPath, [join(root, 'bin/infra-arch.js'), 'analyze', dir, '--json'], { stdio: 'ignore' });
  whole.push(performance.now() - t);
}
console.log(`whole command \`infra-arch analyze --json\` (cold process, median of 10): ${ms(median(whole))}`);

// Growth: the project's largest document repeated as extra architecture shards (the project may be sharded, with no
// docs/architecture.md of its own).
const markdownUnder = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownUnder(join(d, e.name)) : e.name.endsWith('.md') ? [join(d, e.name)] : [],
  );
const largestDoc = markdownUnder(join(dir, 'docs')).sort((a, b) => statSync(b).size - statSync(a).size)[0];
const base = stages(dir, 5).load + stages(dir, 5).extract;
const lines = [];
for (const k of [1, 4, 16]) {
  const tmp = mkdtempSync(join(tmpdir(), 'ia-bench-'));
  cpSync(join(dir, 'docs'), join(tmp, 'docs'), { recursive: true });
  const arch = readFileSync(largestDoc, 'utf8');
  mkdirSync(join(tmp, 'docs/architecture'), { recursive: true });
  for (let i = 1; i < k; i++) writeFileSync(join(tmp, `docs/architecture/copy-${i}.md`), arch);
  const r = stages(tmp, 5);
  lines.push(`${String(k).padStart(2)}x: ${ms(r.load + r.extract)} (${((r.load + r.extract) / base).toFixed(1)}x time)`);
}
console.log(`growth (load+extract, extra copies of its largest document): ${lines.join(', ')}`);
