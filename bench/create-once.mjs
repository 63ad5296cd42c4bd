// One cold `create --mode yolo` in this process; prints the stage timings as JSON (used by bench/run.mjs).
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

// The same heap setting as bin/infra-arch.js, so the stages measured are the command's.
v8.setFlagsFromString('--max-semi-space-size=64');

const t0 = performance.now();
const { runCreateYolo } = await import('../dist/app/create-yolo.js');
const imported = performance.now();
const [dir, cache] = process.argv.slice(2);
const r = await runCreateYolo(dir, {
  date: '2026-01-15',
  force: true,
  proofCache: cache === 'none' ? false : cache,
  now: () => performance.now(),
});
const end = performance.now();
process.stdout.write(`${JSON.stringify({ exitCode: r.exitCode, import: imported - t0, ...r.timings, total: end - t0 })}\n`);
