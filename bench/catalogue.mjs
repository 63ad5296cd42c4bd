// Benchmark rows for the knowledge catalogue: loading the compiled built-in catalogue, and reading and validating the
// knowledge/*.yaml data files with their schemas (what a user pack costs, and what `npm run knowledge` checks).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let t = performance.now();
const { builtinCatalogue } = await import(join(root, 'dist/core/knowledge/active.js'));
const kb = builtinCatalogue();
kb.aliasEntries();
const load = performance.now() - t;
const { readKnowledgeDir } = await import(join(root, 'dist/io/knowledge/read-pack.js'));
t = performance.now();
const files = [...readKnowledgeDir(join(root, 'knowledge'), root), ...readKnowledgeDir(join(root, 'knowledge/technologies'), root)];
const validate = performance.now() - t;
console.log('knowledge catalogue benchmark');
console.log(`  load the built-in catalogue (${kb.technologies().length} technologies) ${load.toFixed(0).padStart(6)} ms`);
console.log(`  read and validate knowledge/*.yaml (${files.length} files)      ${validate.toFixed(0).padStart(6)} ms`);
