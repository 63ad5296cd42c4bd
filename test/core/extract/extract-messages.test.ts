// Extraction's diagnostics use the shared shape: a message id and data, the wording from templates (invented documents).
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../src/core/extract/extract-profile.js';
import { EXTRACT_MESSAGES } from '../../../src/core/extract/extract-messages.js';
import { doc } from './helpers.js';

describe('extraction diagnostics', () => {
  it.each<[string, string, string[]]>([
    ['a PRD that names no platform', '# PRD\n\nUsers book rooms online.\n', ['no-platform-found']],
    ['a stack that names one', '# Stack\n\n| Layer | Technology |\n| --- | --- |\n| Hosting | Linode |\n', []],
  ])('%s', (_name, markdown, want) => {
    const { diagnostics } = extractProfile([doc('docs/prd.md', 'prd', markdown)]);
    expect(diagnostics.map((d) => d.messageId)).toEqual(want);
    for (const d of diagnostics) {
      expect(d.code).toBe(d.messageId);
      expect(d.hint).toBe(EXTRACT_MESSAGES.hints[d.messageId as 'no-platform-found']);
    }
  });
});
