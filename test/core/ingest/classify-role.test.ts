import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../src/core/ingest/classify-role.js';

describe('classifyRole', () => {
  it.each([
    ['docs/prd.md', 'prd'],
    ['docs/architecture/03-tech-stack.md', 'tech-stack'],
    ['_bmad-output/planning-artifacts/prd.md', 'prd'],
    ['_bmad-output/planning-artifacts/architecture.md', 'architecture'],
    ['_bmad-output/planning-artifacts/prds/prd-acme-2026-01-02/prd.md', 'prd'],
    ['_bmad-output/planning-artifacts/prds/prd-acme-2026-01-02/addendum.md', 'prd'],
    ['_bmad-output/planning-artifacts/architecture/architecture-acme-2026-01-03/ARCHITECTURE-SPINE.md', 'architecture'],
    ['_bmad-output/planning-artifacts/prds/prd-acme-2026-01-02/review-adversarial.md', null],
    ['_bmad-output/planning-artifacts/prds/prd-acme-2026-01-02/reconcile-brief.md', null],
    ['_bmad-output/planning-artifacts/prd-validation-report.md', null],
    ['_bmad-output/planning-artifacts/implementation-readiness-report-2026-01-05.md', null],
    ['_bmad-output/planning-artifacts/epics.md', null],
    ['_bmad-output/implementation-artifacts/1-1-architecture-setup.md', null],
    ['_bmad-output/planning-artifacts/research/technical-architecture-options.md', null],
    ['_bmad/bmm/workflows/architecture.md', null],
    ['docs/addendum.md', null],
    ['docs/archive/prd.md', null],
    ['_bmad-output/planning-artifacts/archived/architecture.md', null],
    ['docs/architecture/obsolete/tech-stack.md', null],
    ['docs/architecture-v2.0-backup.md', null],
    ['docs/prd.archived.md', null],
    ['docs/architecture/archive-storage.md', 'architecture'],
  ])('%s → %s', (path, role) => {
    expect(classifyRole(path)).toBe(role);
  });
});
