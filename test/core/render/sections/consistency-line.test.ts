// The feasibility review's one sentence on the consistency pass: statements judged, by verdict, the rest counted.
import { describe, expect, it } from 'vitest';
import type { StatementVerdict } from '../../../../src/core/review/consistency/consistency-pass.js';
import { consistencyLine } from '../../../../src/core/render/sections/feasibility-section.js';

const v = (kind: StatementVerdict['kind'], verdict: StatementVerdict['verdict']): StatementVerdict => ({
  source: 'nfr',
  text: kind,
  evidence: [],
  kind,
  attribute: kind === 'other' ? null : 'x',
  verdict,
  concerns: verdict === 'contradicts' ? ['rule@x'] : [],
});

describe('consistencyLine', () => {
  it.each<[string, StatementVerdict[] | undefined, RegExp | '']>([
    ['no pass ran: nothing said', undefined, ''],
    [
      'one contradiction points to the concerns',
      [v('availability', 'holds'), v('budget', 'contradicts'), v('residency', 'not-checkable'), v('other', 'not-checkable')],
      /3 statements .*: 1 hold, 1 contradict \(each is a concern below\), 1 cannot be checked; 1 others name nothing/,
    ],
    ['everything holds', [v('must-use', 'holds')], /1 statement .*: 1 hold, 0 contradict, 0 cannot be checked; 0 others/],
  ])('%s', (_name, vs, expected) => {
    const line = consistencyLine(vs);
    if (expected === '') expect(line).toBe('');
    else expect(line).toMatch(expected);
  });
});
