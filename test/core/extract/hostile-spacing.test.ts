// Phrases that open a budget, team or repository pattern, followed by thousands of (non-breaking) spaces: extraction returns and still reads the real facts.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

// Stacked whitespace quantifiers (`\s*:?\s*(?:\*\*)?\s*`) split such a run every possible way before failing: minutes per block.
const RUN = 3000;

describe.each([
  ['spaces', ' '],
  ['non-breaking spaces', '\u00a0'],
])('a run of %s after an opening phrase', (_name, ch) => {
  const run = ch.repeat(RUN);

  it('repository strategy', () => {
    const p = profileOf(
      doc('docs/architecture.md', 'architecture', `# A\n\nRepository structure${run}undecided\n\nRepository strategy: monorepo\n`),
    );
    expect(p.repositoryStrategy?.value).toBe('monorepo');
  });

  it('team size', () => {
    const p = profileOf(doc('docs/prd.md', 'prd', `# A\n\nOur team${run}is small\n\nThe team of 4 developers ships it.\n`));
    expect(p.team.size?.value).toBe(4);
  });

  it('monthly budget', () => {
    const p = profileOf(doc('docs/prd.md', 'prd', `# A\n\nThe monthly budget${run}is unknown.\n\nThe monthly budget is $500.\n`));
    expect(p.budget.map((b) => b.monthly)).toEqual([500]);
  });

  it('architecture style and scale', () => {
    const p = profileOf(
      doc(
        'docs/architecture.md',
        'architecture',
        `# A\n\n**Architecture**${run}tbd\n\nmicroservices in${run}the cloud\n\n10${run}users maybe\n\nArchitecture style: modular monolith.\n`,
      ),
    );
    expect(p.architectureStyle?.value).toBe('modular-monolith');
  });
});
