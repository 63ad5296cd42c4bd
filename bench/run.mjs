// `npm run bench`: create --mode yolo on the largest corpus project, cold, median of 10, split by stage; then 1x/4x/16x inputs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const corpus = [resolve(here, '../../shared/corpus'), resolve(here, '../examples')].find((p) => existsSync(p));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const size = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const ms = (x) => `${Math.round(x)} ms`.padStart(8);

function largestProject() {
  const slugs = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'docs')));
  return slugs.map((s) => ({ s, n: size(join(corpus, s, 'docs')) })).sort((a, b) => b.n - a.n)[0];
}

function copyProject(src, factor) {
  const root = mkdtempSync(join(tmpdir(), 'ia-bench-'));
  cpSync(join(src, 'docs'), join(root, 'docs'), { recursive: true });
  // Extra copies of every input as architecture shards: the same kind of text, `factor` times as much of it.
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.md$/i.test(e.name)) files.push(p);
    }
  };
  walk(join(root, 'docs'));
  mkdirSync(join(root, 'docs/architecture'), { recursive: true });
  for (let k = 2; k <= factor; k++)
    for (const f of files) writeFileSync(join(root, 'docs/architecture', `copy-${k}-${basename(f)}`), readFileSync(f));
  return root;
}

/** One cold process. `cache` holds both caches (parsed documents, Mermaid proofs); 'none' starts from empty ones. */
function runOnce(dir, cache) {
  const fresh = cache === 'none' ? mkdtempSync(join(tmpdir(), 'ia-bench-empty-')) : null;
  const env = { ...process.env, INFRA_ARCH_CACHE_DIR: fresh ?? cache };
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(here, 'create-once.mjs'), dir, fresh ? 'none' : cache], { encoding: 'utf8', env });
  if (fresh) rmSync(fresh, { recursive: true, force: true });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`create-once failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop());
  if (j.exitCode !== 0) throw new Error(`create exited ${j.exitCode}`);
  return { wall, ...j };
}

function series(dir, cache, runs) {
  const rows = [];
  for (let i = 0; i < runs; i++) rows.push(runOnce(dir, cache));
  const keys = ['wall', 'import', 'load', 'extract', 'decide', 'model', 'review', 'render', 'mermaid', 'write'];
  return Object.fromEntries(keys.map((k) => [k, median(rows.map((r) => r[k] ?? 0))]));
}

const big = largestProject();
console.log(`infra-arch bench — create --mode yolo, ${RUNS} cold processes each, medians (node ${process.version})`);
console.log(`project: ${big.s} (${Math.round(big.n / 1024)} KiB of Markdown)\n`);
const project = copyProject(join(corpus, big.s), 1);
console.log(
  `load average at start: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (figures scale with it on a shared 2-core machine)\n`,
);
const cacheDir = mkdtempSync(join(tmpdir(), 'ia-bench-cache-'));
const cold = series(project, 'none', RUNS);
runOnce(project, cacheDir); // fill the proof cache
const warm = series(project, cacheDir, RUNS);
const show = (label, r) => {
  console.log(`${label}`);
  console.log(`  wall (whole process)   ${ms(r.wall)}`);
  console.log(`  module import          ${ms(r.import)}`);
  for (const k of ['load', 'extract', 'decide', 'model', 'review', 'render', 'mermaid', 'write'])
    console.log(`  ${k.padEnd(22)} ${ms(r[k])}`);
};
show(
  'first run on a machine: empty caches (Markdown parsed; Mermaid loads in a worker in parallel with load → render; "mermaid" is the wait after render):',
  cold,
);
show('\nlater runs: warm caches (documents parsed before, diagrams already proven, so the worker is stopped early):', warm);

console.log('\nscaling (pipeline stages load + extract + decide + model + review + render, cold process, warm caches):');
const base = {};
for (const f of [1, 4, 16]) {
  const dir = f === 1 ? project : copyProject(join(corpus, big.s), f);
  const kib = Math.round((big.n * f) / 1024);
  const r = series(dir, cacheDir, Math.max(3, Math.round(RUNS / 2)));
  const pipeline = r.load + r.extract + r.decide + r.model + r.review + r.render;
  base.p ??= pipeline;
  console.log(
    `  ${String(f).padStart(2)}x  ${String(kib).padStart(6)} KiB  pipeline ${ms(pipeline)}  (${(pipeline / base.p).toFixed(1)}x)  wall ${ms(r.wall)}`,
  );
  if (f !== 1) rmSync(dir, { recursive: true, force: true });
}
rmSync(project, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
