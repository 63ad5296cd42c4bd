// Regenerates the reference docs under docs/ from the knowledge base's metadata (run after `npm run build`).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { POINTS } = await import(join(root, 'dist/core/decide/registry.js'));
const { decisionPointsDoc } = await import(join(root, 'dist/core/report/decision-points-doc.js'));
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/decision-points.md'), decisionPointsDoc(POINTS));
console.log(`docs/decision-points.md: ${POINTS.length} decision points`);

const { builtinCatalogue } = await import(join(root, 'dist/core/knowledge/active.js'));
const { catalogueDoc } = await import(join(root, 'dist/core/report/catalogue-doc.js'));
const kb = builtinCatalogue();
writeFileSync(join(root, 'docs/knowledge.md'), catalogueDoc(kb));
console.log(
  `docs/knowledge.md: ${kb.technologies().length} technologies, ${kb.regions().length} regions, ${kb.regimes().length} regimes, ${kb.drTiers().length} DR tiers`,
);
