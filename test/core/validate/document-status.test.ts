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

  const placeholder = (status: string, body: string) =>
    validateDocument({ path: 'a.md', text: doc(status, body), checklist: [] }).findings.filter(
      (f) => f.id === 'doc-placeholder' || f.id === 'doc-leaked-elicitation',
    );
  it.each([
    ['TBD', 'The backup window is TBD.', 'doc-placeholder'],
    ['TODO', 'TODO: name the on-call owner.', 'doc-placeholder'],
    ['FIXME', 'FIXME the retention period.', 'doc-placeholder'],
    ['an ellipsis slot', 'Peak load: <…> requests per second.', 'doc-placeholder'],
    ['a dotted slot', 'Region: <...>', 'doc-placeholder'],
    ['a constant-style slot', 'Account: <ACCOUNT_ID>', 'doc-placeholder'],
    ['a worded slot', 'Point DNS at <ingress host name>.', 'doc-placeholder'],
    ['a template variable', 'Owner: {{owner_name}}', 'doc-placeholder'],
    ['an insert marker', '[Insert network diagram here]', 'doc-placeholder'],
    ['a leaked menu line', 'Finalize this Section and Proceed.', 'doc-leaked-elicitation'],
    ['a leaked prompt', 'Select an action by number to continue.', 'doc-leaked-elicitation'],
  ])('%s is an error in a final document and a warning in a draft', (_, body, id) => {
    expect(placeholder('Status: Final', body).map((f) => [f.id, f.severity])).toEqual([[id, 'error']]);
    expect(placeholder('Status: Draft', body).map((f) => [f.id, f.severity])).toEqual([[id, 'warning']]);
  });

  it.each([
    ['a formatting tag', 'Line one<br>line two.'],
    ['inline code', 'Run `make TODO=1` to list them.'],
    ['a comment', 'Done. <!-- TODO: tidy --> Really.'],
    ['a word containing the letters', 'Tasks sync with Todoist.'],
    ['a fenced sample', '```yaml\nimage: {{ .Values.image }} # TODO\n```'],
  ])('%s is not a placeholder, even in a final document', (_, body) => {
    expect(placeholder('Status: Final', body)).toEqual([]);
  });

  it('fails past --max-warnings, never at or under it', () => {
    const r = validateDocument({ path: 'a.md', text: doc('Status: Draft', 'TODO one.\n\nTODO two.'), checklist: [] });
    expect(r.summary.warnings).toBe(2);
    expect(exceedsMaxWarnings(r, 2)).toBeNull();
    expect(exceedsMaxWarnings(r, undefined)).toBeNull();
    expect(exceedsMaxWarnings(r, 1)).toMatch(/too many warnings: 2, at most 1/);
  });
});
