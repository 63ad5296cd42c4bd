// Runs validate on the corpus's LLM-written baselines (with Mermaid and the project profile) and prints the figures.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAll } from '../../../src/io/mermaid/load-mermaid.js';
import { readProject } from '../../../src/io/read-project.js';
import { extractProfile } from '../../../src/core/extract/extract-profile.js';
import { extractMermaidBlocks, validateDocument } from '../../../src/core/validate/index.js';

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const baselines = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'baseline', 'infrastructure-architecture.md')))
  : [];

describe('corpus baselines', () => {
  if (baselines.length === 0) {
    it.skip(`corpus not found at ${CORPUS}; skipping`, () => {});
    return;
  }
  for (const slug of baselines) {
    it(`validates ${slug}`, async () => {
      const path = join(CORPUS, slug, 'baseline', 'infrastructure-architecture.md');
      const text = readFileSync(path, 'utf8');
      const mermaid = await parseAll(extractMermaidBlocks(text).map((b) => b.source));
      const project = readProject(join(CORPUS, slug));
      const { profile } = extractProfile(project.docs);
      const report = validateDocument({ path: `${slug}/baseline/infrastructure-architecture.md`, text, mermaid, profile });
      const cov = Object.entries(report.coverage)
        .map(([a, c]) => `${a} ${c.passed}/${c.total}`)
        .join(', ');
      const lines = [
        `== ${slug}: ${report.summary.itemsPassed}/${report.summary.itemsTotal} items (${report.summary.coveragePercent}%), ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info`,
        `   coverage: ${cov}`,
        `   mermaid: ${report.summary.mermaid.blocks} blocks, ${report.summary.mermaid.failed} failed`,
        ...report.findings.map((f) => `   ${String(f.line).padStart(4)} ${f.severity.padEnd(7)} ${f.id}  ${f.message.slice(0, 140)}`),
      ];
      console.log(lines.join('\n'));
      expect(report.items.length).toBeGreaterThanOrEqual(60);
      // Every finding points inside the document.
      const total = text.split('\n').length;
      for (const f of report.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(total);
      }
    });
  }
});
