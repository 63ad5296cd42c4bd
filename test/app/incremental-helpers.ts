// Test helpers: a scratch copy of the example project, and reading its outputs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyInputDocs } from '../helpers/copy-inputs.js';

export const EXAMPLE = join(import.meta.dirname, '../../examples/tidewater');
export const DATE = '2026-01-15';

export function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infra-arch-session-'));
  copyInputDocs(EXAMPLE, dir);
  return dir;
}

export function readDoc(dir: string): string {
  return readFileSync(join(dir, 'docs/infrastructure-architecture.md'), 'utf8');
}

export function writeAnswers(dir: string, yaml: string, name = 'answers.yaml'): string {
  const p = join(dir, name);
  writeFileSync(p, yaml);
  return p;
}
