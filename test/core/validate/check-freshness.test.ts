// `check` core: changed, added and removed inputs, hand edits, affected sections and decisions; record schema.
import { describe, expect, it } from 'vitest';
import { checkFreshness, parseFingerprintRecord, type FingerprintRecord } from '../../../src/core/validate/index.js';

const h = (c: string) => c.repeat(64);
const record: FingerprintRecord = {
  inputs: { 'docs/prd.md': h('a'), 'docs/architecture.md': h('b'), 'docs/tech-stack.md': h('c') },
  document: h('d'),
  sectionsByInput: { 'docs/prd.md': ['requirements', 'dr'], 'docs/architecture.md': ['compute'], 'docs/tech-stack.md': ['data'] },
  decisionsByInput: { 'docs/prd.md': ['dr.strategy'], 'docs/tech-stack.md': ['data.primary-store'] },
};

describe('checkFreshness', () => {
  it('is fresh when nothing changed', () => {
    const r = checkFreshness(record, { inputs: { ...record.inputs }, document: h('d') });
    expect(r).toMatchObject({
      fresh: true,
      changedInputs: [],
      addedInputs: [],
      removedInputs: [],
      documentEdited: false,
      affectedSections: [],
      affectedDecisions: [],
    });
  });
  it('reports changed, added and removed inputs with what they affect', () => {
    const r = checkFreshness(record, {
      inputs: { 'docs/prd.md': h('e'), 'docs/architecture.md': h('b'), 'docs/infrastructure/guidelines.md': h('f') },
      document: h('d'),
    });
    expect(r.fresh).toBe(false);
    expect(r.changedInputs).toEqual(['docs/prd.md']);
    expect(r.addedInputs).toEqual(['docs/infrastructure/guidelines.md']);
    expect(r.removedInputs).toEqual(['docs/tech-stack.md']);
    expect(r.affectedSections).toEqual(['data', 'dr', 'requirements']);
    expect(r.affectedDecisions).toEqual(['data.primary-store', 'dr.strategy']);
  });
  it('reports a hand edit without calling the document stale', () => {
    const r = checkFreshness(record, { inputs: { ...record.inputs }, document: h('9') });
    expect(r.fresh).toBe(true);
    expect(r.documentEdited).toBe(true);
  });
  it('is not fresh when the document is gone', () => {
    const r = checkFreshness(record, { inputs: { ...record.inputs }, document: null });
    expect(r).toMatchObject({ fresh: false, documentMissing: true, documentEdited: false });
  });
  it('works without the optional maps', () => {
    const r = checkFreshness({ inputs: { a: h('a') }, document: h('d') }, { inputs: { a: h('b') }, document: h('d') });
    expect(r.affectedSections).toEqual([]);
  });
});

describe('parseFingerprintRecord', () => {
  it('accepts a valid record and names the bad field otherwise', () => {
    expect(parseFingerprintRecord(record).ok).toBe(true);
    const bad = parseFingerprintRecord({ inputs: { 'docs/prd.md': 'nope' }, document: h('d') });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('inputs.docs/prd.md') });
  });
});
