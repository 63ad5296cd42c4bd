// The Mermaid worker loads jsdom with no require() of an ES module (the path that rarely aborted Node 20), in fresh processes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../../cli/built-cli.js';

type Run = { code: number | null; signal: string | null; out: string; err: string };
type Pkg = { version: string; type?: string; main?: string; exports?: unknown; dependencies?: Record<string, string> };

/** A package require() loads as CommonJS: not typed as a module, or its exports offer a `require` (or .cjs) entry. */
function hasCommonJsEntry(pkg: Pkg): boolean {
  if (pkg.type !== 'module') return true;
  const text = JSON.stringify(pkg.exports ?? pkg.main ?? '');
  return text.includes('"require"') || /\.cjs"/.test(text);
}

/** The package.json Node would find for `name` from a package at `fromFile` (nearest node_modules upwards). */
function packageFile(name: string, fromFile: string): string {
  for (let dir = dirname(fromFile); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (needed by ${fromFile})`);
  }
}

let runOnce: (url?: string) => Promise<Run>;

beforeAll(async () => {
  ensureBuilt();
  ({ runOnce } = await import(pathToFileURL(join(ROOT, 'scripts/mermaid-load-repeat.mjs')).href));
}, 300_000);

describe('Mermaid worker loading', () => {
  it('every package in the jsdom dependency tree has a CommonJS entry (none is reached only through require(esm))', () => {
    // Node 20 resolves require(esm) synchronously beside its asynchronous ESM loader; a tree without it cannot race.
    const esmOnly: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string, from: string) => {
      const file = packageFile(name, from);
      if (seen.has(file)) return;
      seen.add(file);
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Pkg;
      if (!hasCommonJsEntry(pkg)) esmOnly.push(`${name}@${pkg.version}`);
      for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, file);
    };
    visit('jsdom', join(ROOT, 'package.json'));
    expect(seen.size).toBeGreaterThan(10);
    expect(esmOnly).toEqual([]);
  });

  // Each child refuses require(esm) (--no-experimental-require-module), so an ESM-only dependency fails it outright.
  it.each([1, 2, 3])(
    'fresh process %i: the worker starts, answers a good and a broken diagram, and the process exits 0',
    async () => {
      const r = await runOnce();
      expect({ code: r.code, signal: r.signal, err: r.err.split('\n')[0] }).toEqual({ code: 0, signal: null, err: '' });
      expect(JSON.parse(r.out)).toEqual([
        [true, 'flowchart-v2'],
        [false, null],
      ]);
    },
    60_000,
  );
});
