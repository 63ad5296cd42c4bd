// Infrastructure Requirements on an invented project: each requirement once, with its decisions; NFRs nothing answers named in one line.
import { describe, expect, it } from 'vitest';
import { buildArchitecture } from '../../../../src/core/pipeline/build-architecture.js';
import { hostileDoc } from '../../../helpers/adversarial.js';

const PRD = `# Quayside PRD

## Non-Functional Requirements

- NFR1: The booking service shall achieve 99.9 % monthly availability.
- NFR2: Button labels use sentence case throughout the interface.
- NFR3: Help text is written in plain English.

## Technical Assumptions

### Repository Structure

Monorepo holding the API and the web client.
`;
const ARCH = `# Quayside Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Database | PostgreSQL |\n`;

describe('requirements section', () => {
  const built = buildArchitecture({
    docs: [hostileDoc(PRD, 'prd', 'docs/prd.md'), hostileDoc(ARCH, 'architecture', 'docs/architecture.md')],
    date: '2026-01-15',
  });
  const doc = built.files.find((f) => f.kind === 'document')!.content;
  const section = doc.slice(doc.indexOf('### Non-functional requirements'), doc.indexOf('### Cross-reference'));

  it('keeps an NFR a decision answers in the table, with its decisions', () => {
    expect(section).toMatch(/^\| `NFR1` \| availability \| .* \| `[a-z]+\.[a-z-]+`/m);
  });

  it('names the NFRs no infrastructure decision answers in one line, by id', () => {
    expect(section).not.toMatch(/^\| `NFR2`/m);
    expect(section).toMatch(/No infrastructure decision depends on the other 2 requirements: `NFR2`, `NFR3`/);
  });

  it('states the repository layout in the Overview, not as a requirement row', () => {
    expect(doc).not.toMatch(/^\| Repository strategy \|/m);
    expect(doc).toMatch(/Quayside .*kept in one repository/);
  });
});
