// Starts the Mermaid worker in N fresh processes (default 30) and counts how each ended: shows the worker loads reliably.
// Usage: npm run build && node scripts/mermaid-load-repeat.mjs [N]. Each child refuses require(esm), so a jsdom
// dependency that is ESM-only fails loudly here instead of racing Node's ESM loader in a real run.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const validator = pathToFileURL(join(root, 'dist/io/mermaid/mermaid-validator.js')).href;
const runs = Number(process.argv[2] ?? 30);

/** One process: start the worker, validate a good and a broken diagram, print both results, stop the worker. */
export const childSource = (url) => `
const { startMermaidValidator } = await import(${JSON.stringify(url)});
const v = startMermaidValidator();
const r = await v.validate(['flowchart LR\\n  a --> b', 'flowchart LR\\n  a -->']);
await v.close();
process.stdout.write(JSON.stringify(r.map((x) => [x.ok, x.diagramType ?? null])));
`;

export function runOnce(url = validator) {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--no-experimental-require-module', '--input-type=module', '-e', childSource(url)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => res({ code, signal, out, err }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tally = new Map();
  for (let i = 0; i < runs; i++) {
    const r = await runOnce();
    const key =
      r.code === 0 && r.out === '[[true,"flowchart-v2"],[false,null]]'
        ? 'loaded and answered'
        : `failed (${r.signal ?? r.code}): ${r.err.split('\n')[0]}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  console.log(`Mermaid worker started in ${runs} fresh processes (node ${process.version}):`);
  for (const [k, n] of tally) console.log(`  ${String(n).padStart(4)}  ${k}`);
  process.exitCode = tally.size === 1 && tally.has('loaded and answered') ? 0 : 1;
}
