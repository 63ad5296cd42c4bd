// Scale: the product's own users and load; connections and market figures are not its users.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const scale = (body: string) => profileOf(prd(body)).scale.map((s) => [s.kind, s.value]);

describe('scale', () => {
  it.each([
    ['- Support 2,000 concurrent users at launch.', [['concurrent-users', 2000]]],
    ['- Serve 50k monthly active users in year one.', [['users', 50000]]],
    ['- Hold 300 concurrent connections per node.', [['concurrent-connections', 300]]],
    ['- Sustain 250 requests per second at peak.', [['requests-per-second', 250]]],
  ])('%s', (text, want) => {
    expect(scale(text)).toEqual(want);
  });

  it.each([
    // A growth progression: its first step is today's figure, the steps after an arrow come later.
    ['| Area | Target |\n| --- | --- |\n| Scale | 100→1000→10K users |', [['users', 100]]],
    ['- Growth: 500 -> 5,000 -> 50k users over three years.', [['users', 500]]],
    ['- Plan for 200 → 2k concurrent users.', [['concurrent-users', 200]]],
  ])('a progression keeps its first step: %s', (text, want) => {
    expect(scale(text)).toEqual(want);
  });

  it.each([
    ['- The market has 2M users who still track this on paper.'],
    ['- Competitor Foo serves 10M users worldwide.'],
    ['- The industry counts 400,000 users of legacy tools.'],
  ])('not this product’s load: %s', (text) => {
    expect(scale(text)).toEqual([]);
  });
});
