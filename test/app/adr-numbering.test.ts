// Generated ADR numbers continue after the ADRs a project already keeps, and stay put on later runs (no two ADR 0001s).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { scratchProject } from './incremental-helpers.js';

const numbers = (dir: string) =>
  readdirSync(join(dir, 'docs/adr'))
    .filter((f) => /^\d{4}-/.test(f))
    .map((f) => f.slice(0, 4));
const create = async (dir: string) => {
  const r = await runCreateYolo(dir, { date: '2026-01-15', proofCache: false });
  expect(r.exitCode, r.stderr).toBe(0);
};

describe('ADR numbering', () => {
  it('starts after the ADRs already in docs/adr and never reuses a number', async () => {
    const dir = scratchProject();
    mkdirSync(join(dir, 'docs/adr'), { recursive: true });
    writeFileSync(join(dir, 'docs/adr/0001-record-architecture-decisions.md'), '# 1. Record architecture decisions\n');
    writeFileSync(join(dir, 'docs/adr/0002-use-postgres.md'), '# 2. Use Postgres\n');
    await create(dir);
    const all = numbers(dir);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((n) => n === '0001' || n === '0002')).toEqual(['0001', '0002']);
    expect(all.length).toBeGreaterThan(2);
  });

  it('keeps its own numbers when a person adds an ADR after a run', async () => {
    const dir = scratchProject();
    await create(dir);
    const before = numbers(dir);
    expect(before[0]).toBe('0001');
    const taken = String(before.length + 1).padStart(4, '0');
    writeFileSync(join(dir, `docs/adr/${taken}-adopt-feature-flags.md`), '# Adopt feature flags\n');
    writeFileSync(join(dir, 'docs/adr/0003-hand-numbered.md'), '# A clash a person made\n');
    await create(dir);
    const after = numbers(dir);
    expect(new Set(after).size).toBe(after.length);
    // The generated ADRs skip 0003 now that a person holds it; the rest keep their numbers.
    expect(after.filter((n) => n === '0003')).toEqual(['0003']);
    expect(after.filter((n) => n === taken)).toEqual([taken]);
    expect(after.length).toBe(before.length + 2);
  });
});
