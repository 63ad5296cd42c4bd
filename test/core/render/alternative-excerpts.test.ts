// An alternative in a full options table quotes the project's line behind its strongest signal, each quote once per document.
import { describe, expect, it } from 'vitest';
import { alternativeExcerpts, choiceExcerpts } from '../../../src/core/render/decision-prose.js';
import type { Decision, ExplainEntry } from '../../../src/core/types.js';

const opt = (id: string) => ({ id, title: id, summary: '', pros: [], cons: [], score: 1, costClass: 'low' as const, complexity: 1 });
const ev = (line: number, quote: string) => [{ file: 'docs/plan.md', line, quote }];

function decision(id: string, explain: ExplainEntry[]): Decision {
  return {
    id,
    domain: 'cicd',
    question: 'Q?',
    choice: 'chosen',
    choiceTitle: 'Chosen',
    basis: 'scored',
    options: [opt('chosen'), opt('alt'), opt('third')],
    rejected: [],
    rationale: '',
    evidence: [],
    assumptions: [],
    explain,
    conflicts: [],
    alsoCommitted: [],
    notes: [],
  };
}

const TS = 'Language: the whole repository is written in TypeScript, front to back';
const GUIDE = 'Every piece of infrastructure is declared in code and reviewed before it is applied';

describe('alternativeExcerpts', () => {
  it.each([
    [
      'the strongest signal of the alternative gives the quote',
      [
        { option: 'alt', delta: 1, reason: 'weak reason', evidence: ev(9, 'Some other line that says a little about it') },
        { option: 'alt', delta: -3, reason: 'strong reason', evidence: ev(4, TS) },
      ],
      { 'iac alt': ['against: strong reason', 4] },
    ],
    [
      'a signal without evidence quotes nothing, and the choice is not an alternative',
      [
        { option: 'alt', delta: 2, reason: 'a catalogue prior', evidence: [] },
        { option: 'chosen', delta: 2, reason: 'fits', evidence: ev(5, GUIDE) },
      ],
      {},
    ],
    [
      'a bare commitment is not a signal to quote',
      [{ option: 'third', delta: 5, reason: 'the inputs commit to it', evidence: ev(4, TS) }],
      {},
    ],
  ] as [string, ExplainEntry[], Record<string, [string, number]>][])('%s', (_name, explain, want) => {
    const got = alternativeExcerpts([decision('iac', explain)], new Set());
    expect(Object.fromEntries([...got].map(([k, x]) => [k, [x.signal, x.evidence.line]]))).toEqual(want);
  });

  it('leaves the choices their quotes: a line a choice already quotes is not repeated under an alternative', () => {
    const ds = [
      decision('first', [{ option: 'chosen', delta: 2, reason: 'fits', evidence: ev(4, TS) }]),
      decision('second', [{ option: 'alt', delta: 2, reason: 'same language', evidence: ev(4, TS) }]),
    ];
    const used = new Set<string>();
    expect(choiceExcerpts(ds, used).get('first')?.evidence.line).toBe(4);
    expect(alternativeExcerpts(ds, used).size).toBe(0);
  });
});
