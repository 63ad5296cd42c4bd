// The concerns file's diagnostics carry a message id and the data their template names (invented files).
import { describe, expect, it } from 'vitest';
import { parseTracking } from '../../../src/core/review/tracking.js';

const F = '.infra-arch/concerns.yaml';

describe('concerns file diagnostics', () => {
  it.each<[string, string, [string, Record<string, string | number>][]]>([
    ['broken YAML', 'concerns: [\n', [['tracking-yaml', { error: expect.any(String) as unknown as string }]]],
    ['a list where the mapping belongs', '- skill-gap@rust\n', [['tracking-shape', {}]]],
    [
      'an entry without a status',
      'concerns:\n  - id: waf-missing-regulated@edge\n',
      [['tracking-entry', { index: 1, where: '`status`', problem: expect.any(String) as unknown as string }]],
    ],
    [
      'an acceptance without a reason',
      'concerns:\n  - id: skill-gap@rust\n    status: accepted\n',
      [['tracking-no-justification', { id: 'skill-gap@rust' }]],
    ],
    ['an id without a subject', 'concerns:\n  - id: skill-gap\n    status: mitigated\n', [['tracking-id', { id: 'skill-gap' }]]],
  ])('%s', (_name, text, want) => {
    const { diagnostics } = parseTracking(text, F);
    expect(diagnostics.map((d) => [d.messageId, d.data])).toEqual(want);
    for (const d of diagnostics) expect(d.file).toBe(F);
  });
});
