// Non-functional requirements without ids are still requirements: read per topic, unless the document numbers its own.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Recipe Scaler PRD\n\n${body}\n`);

describe('unlabelled non-functional requirements', () => {
  it('reads each item of a Non-Functional Requirements section, numbered per topic, with its category', () => {
    const p = profileOf(
      prd(
        '## 5. Non-Functional Requirements\n\n### 5.1 Performance\n\n- Response time: under 2 seconds per conversion\n- Start-up below 300 ms\n\n### 5.2 Security\n\n- Secrets never written to disk\n\n## 6. Out of Scope\n\n- A graphical interface',
      ),
    );
    expect(p.nfrs.map((n) => [n.id, n.category])).toEqual([
      ['NFR-PERFORMANCE-1', 'performance'],
      ['NFR-PERFORMANCE-2', 'performance'],
      ['NFR-SECURITY-1', 'security'],
    ]);
    expect(p.nfrs[0].evidence[0]).toMatchObject({ file: 'docs/prd.md', line: 7 });
  });

  it('items straight under the section are numbered without a topic', () => {
    const p = profileOf(prd('## Non-functional requirements\n\n- Works offline for a whole trip\n'));
    expect(p.nfrs.map((n) => n.id)).toEqual(['NFR-1']);
  });

  it('a document that numbers its NFRs keeps only the numbered ones', () => {
    const p = profileOf(
      prd('## Non-Functional Requirements\n\n- NFR1: 99.9 % monthly availability\n- Reviewed every quarter by the team\n'),
    );
    expect(p.nfrs.map((n) => n.id)).toEqual(['NFR1']);
  });

  it('a bullet outside such a section is not a requirement', () => {
    expect(profileOf(prd('## Goals\n\n- Response time under 2 seconds\n')).nfrs).toEqual([]);
  });
});
