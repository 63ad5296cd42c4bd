// Which decisions get a full options table, and how a choice is explained: no stutter, ties never presented as fits.
import { describe, expect, it } from 'vitest';
import { fullTableIds, MAX_FULL, reasonClause, reasons } from '../../../src/core/render/decision-prose.js';
import { choiceParagraph } from '../../../src/core/render/sections/domain-section.js';
import { toMarkdown } from '../../../src/core/render/serialize.js';
import type { Decision } from '../../../src/core/types.js';
import type { RenderContext } from '../../../src/core/render/render-context.js';

const opt = (id: string, score: number) => ({
  id,
  title: id.toUpperCase(),
  summary: '',
  pros: ['p'],
  cons: ['c'],
  score,
  costClass: 'low' as const,
  complexity: 1,
});

function decision(id: string, scores: [number, number], over: Partial<Decision> = {}): Decision {
  return {
    id,
    domain: 'compute',
    question: 'Q?',
    choice: 'a',
    choiceTitle: 'A',
    basis: 'scored',
    options: [opt('a', scores[0]), opt('b', scores[1])],
    rejected: [],
    rationale: '',
    evidence: [],
    assumptions: [],
    explain:
      scores[0] > 0
        ? [{ option: 'a', delta: scores[0], reason: 'the queue already exists', evidence: [{ file: 'docs/a.md', line: 3, quote: 'q' }] }]
        : [],
    conflicts: [],
    alsoCommitted: [],
    notes: [],
    ...over,
  };
}

describe('full options tables', () => {
  it.each([
    ['high-impact point', decision('compute.runtime', [9, 1]), true],
    ['a conflict', decision('compute.x', [9, 1], { conflicts: ['stated but forbidden'] }), true],
    ['picked in a session', decision('compute.x', [9, 1], { basis: 'user' }), true],
    ['close scores', decision('compute.x', [5, 4]), true],
    ['a clear default', decision('compute.x', [6, 2]), false],
    ['a tie at zero', decision('compute.x', [0, 0]), false],
  ])('%s → %s', (_name, d, full) => {
    expect(fullTableIds([d]).has(d.id)).toBe(full);
  });

  it('caps the close calls so at most MAX_FULL decisions get a table, closest first', () => {
    const ds = Array.from({ length: 30 }, (_, i) => decision(`data.p${i}`, [5, i % 2 ? 5 : 4]));
    const ids = fullTableIds(ds);
    expect(ids.size).toBe(MAX_FULL);
    for (let i = 1; i < 30; i += 2) expect(ids.has(`data.p${i}`)).toBe(true);
  });
});

describe('choice prose', () => {
  it('names the choice once and gives the reason, with at most two links', () => {
    const md = toMarkdown({ type: 'root', children: [choiceParagraph(decision('compute.x', [6, 2]), undefined)] });
    expect(md).toMatch(/^\*\*Choice: A\.\*\* The queue already exists \(\[docs\/a\.md:3\]/);
    expect(md.match(/\]\(/g)).toHaveLength(1);
    expect(md).not.toMatch(/fits best|score \d/);
  });

  it('quotes the line behind the strongest reason after that reason, and a quote once per document', () => {
    const line = { file: 'docs/b.md', line: 9, quote: 'Jobs: a RabbitMQ queue feeds the label printer' };
    const withQuote = (id: string) =>
      decision(id, [6, 2], { explain: [{ option: 'a', delta: 6, reason: 'the queue already exists', evidence: [line] }] });
    const first = withQuote('compute.x');
    const second = withQuote('compute.y');
    const c = { decisions: [first, second] } as unknown as RenderContext;
    const md = (d: Decision) => toMarkdown({ type: 'root', children: [choiceParagraph(d, undefined, c)] });
    expect(md(first)).toContain('The queue already exists: “Jobs: a RabbitMQ queue feeds the label printer” ([docs/b.md:9]');
    expect(md(second)).not.toContain('“');
  });

  it('says a tie is a default to confirm, not a fit', () => {
    const d = decision('compute.x', [0, 0]);
    expect(reasonClause(d)).toBe('no stated fact decides it: a default to confirm');
    const md = toMarkdown({ type: 'root', children: [choiceParagraph(d, undefined)] });
    expect(md).toContain('No stated fact separates it from B');
  });

  it('carries the pros and cons of a choice shown alone, and names the alternatives nothing bears on once', () => {
    const d = decision('compute.x', [6, 2], { basis: 'committed', options: [opt('a', 6), opt('b', 0), opt('c', 0)] });
    const md = toMarkdown({
      type: 'root',
      children: [
        choiceParagraph(d, undefined, undefined, {
          others: ['B', 'C'],
          pros: ['Managed on every cloud'],
          cons: ['Entra ID only'],
          here: 'api, $40 a month',
        }),
      ],
    });
    expect(md).toContain('In this project: api, $40 a month. For it: managed on every cloud. Against it: Entra ID only.');
    expect(md).toContain('Also weighed, with nothing in the inputs for or against: B and C.');
  });

  it('does not name a scored runner-up twice', () => {
    const md = toMarkdown({
      type: 'root',
      children: [choiceParagraph(decision('compute.x', [6, 2]), undefined, undefined, { others: ['B'] })],
    });
    expect(md.match(/\bB\b/g)).toHaveLength(1);
  });
});

describe('reasons: of two equally strong, the one the inputs back leads', () => {
  const entry = (reason: string, delta: number, backed: boolean) => ({
    option: 'a',
    delta,
    reason,
    evidence: backed ? [{ file: 'docs/a.md', line: 7, quote: 'the team is four people' }] : [],
  });
  it.each([
    ['a tie goes to the backed reason', [entry('generic', 3, false), entry('backed', 3, true)], 'backed'],
    ['a stronger unbacked reason still leads', [entry('generic', 4, false), entry('backed', 3, true)], 'generic'],
  ])('%s', (_name, explain, first) => {
    expect(reasons(decision('compute.x', [3, 1], { explain })).map((e) => e.reason)[0]).toBe(first);
  });
});
