// `npm run knowledge`: validates knowledge/*.yaml and regenerates src/core/knowledge/builtin-data.ts from it.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKnowledgeDir, renderBuiltinModule } from '../dist/io/knowledge/compile-builtin.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  const data = compileKnowledgeDir(join(root, 'knowledge'));
  writeFileSync(join(root, 'src/core/knowledge/builtin-data.ts'), renderBuiltinModule(data));
  console.log(
    `knowledge: ${data.technologies.length} technologies, ${data.regions.length} regions, ${data.regimes.length} regimes, ${data.drTiers.length} DR tiers`,
  );
} catch (err) {
  console.error(`knowledge/${err.message}`);
  process.exit(2);
}
