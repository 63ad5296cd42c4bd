// Numbered NFRs: the id, the category, and for a requirement that is a heading, the sub-bullets that say what it asks.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Recipe Scaler PRD\n\n${body}\n`);

describe('numbered non-functional requirements', () => {
  it('an NFR heading keeps the items of its own section as its text, not those of the next requirement', () => {
    const p = profileOf(
      prd(
        '## Non-Functional Requirements\n\n### NFR-1.1: Cold start\n\n- First response under 2 seconds\n- Measured on the smallest instance\n\n### NFR-1.2: Uptime\n\n- 99.9 % a month\n',
      ),
    );
    expect(p.nfrs.map((n) => [n.id, n.text, n.category])).toEqual([
      ['NFR-1.1', 'Cold start: First response under 2 seconds; Measured on the smallest instance', 'performance'],
      ['NFR-1.2', 'Uptime: 99.9 % a month', 'availability'],
    ]);
  });

  it('an NFR line keeps its own text', () => {
    const p = profileOf(prd('## Requirements\n\n- NFR3: Every secret lives in the vault\n- Another note\n'));
    expect(p.nfrs.map((n) => [n.id, n.text])).toEqual([['NFR3', 'Every secret lives in the vault']]);
  });
});
