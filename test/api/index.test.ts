// The public library entry, used in-process: each call on a small fixture and on invented text.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, decide, explain, readProject, render, review, validate, validateMermaid } from '../../src/index.js';

const fixture = resolve(__dirname, '../fixtures/mini-project');

describe('library API', () => {
  it('analyze reads a folder, a read project or parsed documents alike', () => {
    const input = readProject(fixture);
    const fromDir = analyze(fixture);
    expect(analyze(input).json).toEqual(fromDir.json);
    expect(analyze(input.docs).json).toEqual(fromDir.json);
    expect(fromDir.profile.cloudProviders.map((f) => f.id)).toContain('aws');
    expect(fromDir.profile.cloudProviders[0].evidence[0].file).toBe('docs/architecture.md');
  });

  it('analyze reports a missing folder as a diagnostic, not an exception', () => {
    const r = analyze(resolve(fixture, 'no-such-folder'));
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('decide honours a partial user input (a choice) and review derives the model and concerns', () => {
    const { profile } = analyze(fixture);
    const scored = decide(profile);
    const picked = decide(profile, { choices: { 'compute.runtime': 'kubernetes' } });
    expect(picked.find((d) => d.id === 'compute.runtime')).toMatchObject({ choice: 'kubernetes', basis: 'user' });
    expect(scored.find((d) => d.id === 'compute.runtime')?.basis).not.toBe('user');
    const r = review(profile, picked);
    expect(r.model.platform.primary).toBe('aws');
    expect(r.counts.red + r.counts.yellow + r.counts.green).toBe(r.concerns.length);
    expect(r.blocked).toBe(r.concerns.some((c) => c.level === 'red' && c.status === 'open'));
  });

  it('render builds the files in memory, the same bytes for the same inputs', () => {
    const a = render(fixture, { date: '2026-01-15' });
    const b = render(readProject(fixture), { date: '2026-01-15' });
    expect(a.files.map((f) => f.path)).toContain('docs/infrastructure-architecture.md');
    expect(a.files.map((f) => f.content)).toEqual(b.files.map((f) => f.content));
  });

  it('validate checks a document with Mermaid, and validateMermaid checks single diagrams', async () => {
    const doc = render(fixture, { date: '2026-01-15' }).files.find((f) => f.kind === 'document')!;
    const report = await validate(doc.content);
    expect(report.summary.mermaid).toMatchObject({ checked: true, failed: 0 });
    const bad = await validate('# Infra\n\n```mermaid\nflowchart LR\n  A --> B\n  B -->> C ]]\n```\n');
    expect(bad.findings.map((f) => f.id)).toContain('mermaid-syntax-error');
    const [ok, broken] = await validateMermaid(['graph TD\n  A --> B', 'graph TD\n  A -->> ]]']);
    expect(ok.ok).toBe(true);
    expect(broken.ok).toBe(false);
  });

  it('explain returns the documentation of an id, or null for an unknown one', () => {
    expect(explain('cloud.primary-platform')).toContain('cloud.primary-platform');
    expect(explain('no.such-point')).toBeNull();
  });
});
