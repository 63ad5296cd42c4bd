// Table-driven: each checklist item passes its passing snippet and fails its failing one (ids, not wording).
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/core/checklist/registry.js';
import { buildDocumentView } from '../../../src/core/validate/document-view.js';
import { validateDocument } from '../../../src/core/validate/validate-document.js';
import { ITEM_CASES, NEUTRAL } from '../../fixtures/validate/item-cases.js';

describe.each(CHECKLIST.map((i) => [i.id, i] as const))('%s', (id, item) => {
  const cases = ITEM_CASES[id];
  it('has a test case', () => expect(cases, `add ${id} to test/fixtures/validate/item-cases.ts`).toBeDefined());
  if (!cases) return;
  it('passes its passing snippet', () => {
    const r = item.detect(buildDocumentView('pass.md', cases.pass));
    expect(r.passed).toBe(true);
  });
  it('fails its failing snippet, and reports the finding by id', () => {
    const report = validateDocument({ path: 'fail.md', text: cases.fail ?? NEUTRAL, checklist: [item] });
    expect(report.findings.map((f) => f.id)).toContain(id);
    expect(report.items).toEqual([expect.objectContaining({ id, passed: false })]);
  });
});

describe('ckl-cicd-deployment-strategy for shipped software', () => {
  const item = CHECKLIST.find((i) => i.id === 'ckl-cicd-deployment-strategy')!;
  it.each([
    'Each version reaches devices as over-the-air updates with automatic rollback.\n',
    'The update channel is the store: a phased release paused on crashes.\n',
  ])('%s', (text) => expect(item.detect(buildDocumentView('pass.md', text)).passed).toBe(true));
});
