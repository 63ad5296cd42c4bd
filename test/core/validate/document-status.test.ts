// A document marked final turns placeholders and leaked prompts into errors; --max-warnings as in ESLint.
import { describe, expect, it } from 'vitest';
import { documentStatus, exceedsMaxWarnings, validateDocument } from '../../../src/core/validate/index.js';

const doc = (status: string, body: string) => `# Orbit platform\n\n${status}\n\n## Overview\n\n${body}\n`;

describe('document status', () => {
  it.each([
    ['**Status: COMPLETE** — every decision rests on facts.', 'final'],
    ['Status: Approved', 'final'],
    ['---\nstatus: accepted\n---', 'final'],
    ['**Status: DRAFT (blocked)**', 'draft'],
    ['**Status: PARTIAL** — assumptions remain', 'draft'],
    ['The status quo is fine.', 'unmarked'],
  ])('%s → %s', (line, want) => {
    expect(documentStatus(doc(line, 'x'))).toBe(want);
  });

  it('makes a placeholder an error only when the document is marked final', () => {
    const sev = (status: string, body: string) =>
      validateDocument({ path: 'a.md', text: doc(status, body), checklist: [] })
        .findings.filter((f) => f.id === 'doc-placeholder' || f.id === 'doc-leaked-elicitation')
        .map((f) => f.severity);
    expect(sev('Status: Final', 'Ingress is TBD.')).toEqual(['error']);
    expect(sev('Status: Draft', 'Ingress is TBD.')).toEqual(['warning']);
    expect(sev('Status: Final', 'Point DNS at <load balancer name> first.')).toEqual(['error']);
    expect(sev('Status: Final', 'Line one<br>line two.')).toEqual([]);
    expect(sev('Status: Final', 'Please choose a number (8 to finalize and proceed).')).toEqual(['error']);
  });

  it('fails past --max-warnings, never at or under it', () => {
    const r = validateDocument({ path: 'a.md', text: doc('Status: Draft', 'TODO one.\n\nTODO two.'), checklist: [] });
    expect(r.summary.warnings).toBe(2);
    expect(exceedsMaxWarnings(r, 2)).toBeNull();
    expect(exceedsMaxWarnings(r, undefined)).toBeNull();
    expect(exceedsMaxWarnings(r, 1)).toMatch(/too many warnings: 2, at most 1/);
  });
});
