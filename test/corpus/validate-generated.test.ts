// `validate` on every document the tool itself writes for the corpus and the example: zero errors.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { validateDocument } from '../../src/core/validate/index.js';
import { readProject } from '../../src/io/read-project.js';
import { copyInputDocs } from '../helpers/copy-inputs.js';

const root = resolve(__dirname, '../..');
const CORPUS = resolve(root, '../shared/corpus');
const projects = [
  ...(existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((d) => existsSync(join(CORPUS, d, 'labels.yaml')))
        .sort()
        .map((d) => join(CORPUS, d))
    : []),
  join(root, 'examples/tidewater'),
];

describe('validate on generated documents', () => {
  const cache = mkdtempSync(join(tmpdir(), 'ia-proofs-'));
  for (const src of projects) {
    it(`${src.split('/').pop()}: no errors, checklist coverage printed`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ia-validate-'));
      copyInputDocs(src, dir);
      const r = await runCreateYolo(dir, { date: '2026-01-15', proofCache: cache });
      expect(r.exitCode, r.stderr).toBe(0);
      const path = 'docs/infrastructure-architecture.md';
      const text = readFileSync(join(dir, path), 'utf8');
      const files = (readdirSync(join(dir, 'docs'), { recursive: true }) as string[]).map((f) => `docs/${f.split('\\').join('/')}`);
      const { profile } = extractProfile(readProject(dir).docs);
      const report = validateDocument({ path, text, profile, files });
      const errors = report.findings.filter((f) => f.severity === 'error');
      const warnings = report.findings.filter((f) => f.severity === 'warning');
      const ids = [...new Set(warnings.map((w) => w.id))];
      console.log(
        `${src.split('/').pop()}: checklist ${report.summary.itemsPassed}/${report.summary.itemsTotal}, ${errors.length} errors, ${warnings.length} warnings (${ids.join(', ') || 'none'})`,
      );
      expect(errors.map((e) => `${e.id}@${e.line}: ${e.message}`)).toEqual([]);
    });
  }
});
