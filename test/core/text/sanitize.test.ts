// Input text reaches no sink with live HTML, terminal control sequences or bidi overrides.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';
import { formatProfile } from '../../../src/core/report/format-profile.js';
import { validateDocument } from '../../../src/core/validate/validate-document.js';
import { formatText } from '../../../src/core/validate/format-text.js';
import { formatSarif } from '../../../src/core/validate/format-sarif.js';
import { sanitizeText } from '../../../src/core/text/sanitize.js';

const HOSTILE = '\u001b[31mred\u0007 \u202eevil\u202c \u2066iso\u2069';
const md = `# Hostile ${HOSTILE}\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS ${HOSTILE} |\n| Database | PostgreSQL |\n\nSee https://host/x<img src=x onerror=alert(1)> for the ${HOSTILE} notes.\n`;
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeText', () => {
  it('removes controls and bidi overrides, keeps lines, tabs and the words', () => {
    expect(sanitizeText(`a\u001b[1mb\u0007\tc\n\u202ed\r\n`)).toBe('a[1mb\tc\nd\r\n');
    expect(sanitizeText('plain text')).toBe('plain text');
  });
});

describe('every sink', () => {
  const doc = parseDocument('docs/architecture.md', 'architecture', md);
  const built = buildArchitecture({ docs: [doc], date: '2026-01-15' });

  it('the parsed blocks carry no control characters', () => {
    for (const b of doc.blocks) expect(b.text).not.toMatch(UNSAFE);
  });

  it('the document, ADRs and model carry no control characters, and no live tag', () => {
    for (const f of built.files) {
      expect(f.content, f.path).not.toMatch(UNSAFE);
      if (f.path.endsWith('.md')) expect(f.content, f.path).not.toMatch(/<img/i);
    }
  });

  it('terminal text, validate text and SARIF carry no control characters', () => {
    expect(formatProfile(built.profile, [])).not.toMatch(UNSAFE);
    const report = validateDocument({ path: 'docs/architecture.md', text: md, files: [] });
    expect(formatText(report)).not.toMatch(UNSAFE);
    expect(formatSarif(report)).not.toMatch(/\\u001b|\\u202e|\\u0007/i);
  });
});
