import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainRule, runReview } from '../../src/app/review.js';

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'infra-review-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PRD = `# Clinic Scheduler PRD

## Goals
Patients book appointments online.

## Non-Functional Requirements
- NFR1: The system must comply with HIPAA because it stores patient health information.
- NFR2: 99.9% availability.
`;
const ARCH = `# Architecture

## Tech Stack
| Category | Technology |
| --- | --- |
| Hosting | DigitalOcean Droplet |
| Database | PostgreSQL 16 |
| Language | TypeScript |
`;

describe('infra-arch review', () => {
  it('prints the review grouped by category and exits 1 while a red concern is open', async () => {
    const dir = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const r = await runReview(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/BLOCKED/);
    for (const cat of [
      'Operational complexity',
      'Resource constraints',
      'Security implementation',
      'Operational overhead',
      'Technology constraints',
    ])
      expect(r.stdout).toContain(cat);
    expect(r.stdout).toMatch(/\[RED\] compliance-attestation@hipaa\/digitalocean/);
    expect(r.stdout).toMatch(/evidence: docs\/(prd|architecture)\.md:\d+/);
  });

  it('prints JSON with status and concerns, and unblocks once the red is accepted with a justification', async () => {
    const dir = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const before = JSON.parse((await runReview(dir, { json: true })).stdout);
    expect(before.status).toBe('blocked');
    const reds = before.concerns.filter((c: { level: string }) => c.level === 'red');
    expect(reds.length).toBeGreaterThan(0);
    for (const c of before.concerns) expect(c).toMatchObject({ id: `${c.rule}@${c.subject}`, status: 'open' });
    const lines = [
      'concerns:',
      ...reds.map(
        (c: { id: string }) =>
          `  - id: "${c.id}"\n    status: accepted\n    justification: Reviewed with the security officer; see ticket SEC-12.`,
      ),
    ];
    mkdirSync(join(dir, '.infra-arch'), { recursive: true });
    writeFileSync(join(dir, '.infra-arch/concerns.yaml'), lines.join('\n') + '\n');
    const after = await runReview(dir, { json: true });
    expect(after.exitCode).toBe(0);
    const j = JSON.parse(after.stdout);
    expect(j.status).toBe('ok');
    expect(j.concerns.filter((c: { status: string }) => c.status === 'accepted').length).toBe(reds.length);
  });

  it('keeps concern ids when an unrelated part of the inputs is edited', async () => {
    const dir = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const ids = async () => JSON.parse((await runReview(dir, { json: true })).stdout).concerns.map((c: { id: string }) => c.id);
    const before = await ids();
    const prd = readFileSync(join(dir, 'docs/prd.md'), 'utf8').replace(
      '## Goals',
      '## Background\nThe clinic has three sites and a front desk team.\n\n## Goals',
    );
    writeFileSync(join(dir, 'docs/prd.md'), prd);
    expect(await ids()).toEqual(before);
  });

  it('exits 2 for a missing project and for a broken concerns file, naming the file', async () => {
    expect((await runReview(join(tmpdir(), 'no-such-project-infra-arch'))).exitCode).toBe(2);
    const dir = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH, '.infra-arch/concerns.yaml': 'concerns:\n  - id: [oops\n' });
    const r = await runReview(dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.infra-arch\/concerns\.yaml:\d+/);
  });

  it('explains a rule, and nothing for an unknown id', () => {
    const text = explainRule('k8s-small-team');
    expect(text).toMatch(/Why it matters/);
    expect(text).toMatch(/False positives/);
    expect(explainRule('k8s-small-team@kubernetes')).toBe(text);
    expect(explainRule('no-such-rule')).toBeNull();
  });
});
