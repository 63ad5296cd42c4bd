// A technology added as one catalogue record in a project pack, with no code, goes through every stage; a bad pack fails with file:line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { useCatalogue } from '../../src/core/knowledge/active.js';
import { loadCatalogue } from '../../src/io/knowledge/load-catalogue.js';
import { validateFile } from '../../src/io/validate-file.js';
import { runExplain } from '../../src/app/explain.js';
import type { InfraModel } from '../../src/core/types.js';

const root = join(__dirname, '../..');
const FIXTURE = join(root, 'test/fixtures/pack-project');
let dir = '';
let model: InfraModel & { decisions: { id: string; choice: string; basis: string }[] };
let doc = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ia-pack-'));
  cpSync(FIXTURE, dir, { recursive: true });
  useCatalogue(loadCatalogue({ projectDir: dir }));
  const r = await runCreateYolo(dir, { date: '2026-01-15' });
  expect(r.exitCode).toBe(0);
  model = JSON.parse(readFileSync(join(dir, '.infra-arch/model.json'), 'utf8'));
  doc = readFileSync(join(dir, 'docs/infrastructure-architecture.md'), 'utf8');
});

afterAll(() => {
  useCatalogue(null);
  rmSync(dir, { recursive: true, force: true });
});

describe('a PaaS added by a project knowledge pack', () => {
  it.each([
    ["is the platform choice, on the inputs' word", () => model.decisions.find((d) => d.id === 'cloud.primary-platform')],
    ['runs the code', () => model.decisions.find((d) => d.id === 'compute.runtime')],
  ])('%s', (_what, get) => {
    expect(get()).toMatchObject({ choice: 'harbourline', basis: 'committed' });
  });

  it.each([
    ['modelled as the platform', () => model.platform.primary, 'harbourline'],
    ["modelled as the compute unit's technology", () => model.compute.map((c) => c.tech).join(','), 'harbourline'],
    [
      'costed from its price band',
      () => model.costLines.find((l) => l.basis.includes('Harbourline'))?.basis ?? '',
      '2 × 1 vCPU / 2 GB on Harbourline at $12 (Harbourline entry price, 2026-01)',
    ],
  ])('is %s', (_what, get, want) => {
    expect(get()).toBe(want);
  });

  it('is drawn in the diagrams under its display name', () => {
    const mermaid = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    expect(mermaid).toContain('Harbourline');
  });

  it('is spelled correctly in validate: named, it passes; removed, it is a missing commitment', async () => {
    const file = join(dir, 'docs/infrastructure-architecture.md');
    const ok = await validateFile(file, { format: 'json', projectDir: dir });
    expect(ok.output).not.toMatch(/consistency-missing-commitment[^}]*harbourline/);
    writeFileSync(file, doc.replace(/harbourline/gi, 'the platform'));
    const bad = await validateFile(file, { format: 'json', projectDir: dir });
    expect(bad.output).toMatch(/consistency-(?:missing|contradicts)-commitment[^}]*harbourline/);
    writeFileSync(file, doc);
  });

  it('is printed by explain', () => {
    expect(runExplain('harbourline').stdout).toContain('harbourline — Harbourline (technology)\nKind: paas');
  });
});

describe('knowledge packs on the command line', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/infra-arch.js'), ...args], { encoding: 'utf8' });

  it('a malformed project pack fails with file:line and exit 2', () => {
    const r = cli('analyze', join(root, 'test/fixtures/bad-pack'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('infra-arch: .infra-arch/knowledge/harbourline.yaml:4: technologies.0.kind: Invalid option');
  });

  it('--knowledge DIR adds the records of another folder', () => {
    const bare = mkdtempSync(join(tmpdir(), 'ia-pack-bare-'));
    cpSync(join(FIXTURE, 'docs'), join(bare, 'docs'), { recursive: true });
    const r = cli('analyze', bare, '--json', '--knowledge', join(FIXTURE, '.infra-arch/knowledge'));
    rmSync(bare, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).profile.cloudProviders.map((f: { id: string }) => f.id)).toContain('harbourline');
  });
});
