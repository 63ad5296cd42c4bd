// Answers files: accepted forms, and errors that name the file and the line.
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/io/answers-file.js';
import { POINTS } from '../../../src/core/decide/registry.js';

const point = POINTS.find((p) => p.meta.domain === 'compute')!;
const err = (text: string): string => {
  try {
    parseAnswers(text, 'answers.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('answers file', () => {
  it('reads every answer form with its line', () => {
    const s = parseAnswers(
      [
        'mode: incremental',
        'domains:',
        '  cloud: accept',
        '  compute:',
        `    - choose: { decision: ${point.meta.id}, option: ${point.options[1].id} }`,
        '    - priority: cost',
        '    - constraint: no kubernetes',
        '    - note: plain',
        `    - note: { decision: ${point.meta.id}, text: pinned }`,
        '    - action: 2',
        '    - { action: cost-analysis, keep: false }',
        '    - finalise',
        'concerns:',
        '  - id: "rule@*"',
        '    accept: why',
      ].join('\n'),
      'answers.yaml',
    );
    expect(s.mode).toEqual({ value: 'incremental', line: 1 });
    expect(s.domains.cloud).toEqual([{ value: { accept: true }, line: 3 }]);
    expect(s.domains.compute!.map((e) => e.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.domains.compute![5].value).toEqual({ action: 'stress-test', keep: true });
    expect(s.domains.compute![6].value).toEqual({ action: 'cost-analysis', keep: false });
    expect(s.concerns[0]).toEqual({ value: { id: 'rule@*', accept: 'why' }, line: 14 });
  });

  it.each([
    ['domains:\n  compute:\n    - priority: cheapness\n', /^answers\.yaml:3: priority: /],
    ['domains:\n  kubernetes: accept\n', /^answers\.yaml:2: unknown domain `kubernetes`/],
    [
      `domains:\n  compute:\n    - accept\n    - choose: { decision: ${point.meta.id}, option: nope }\n`,
      new RegExp(`^answers\\.yaml:4: \`nope\` is not an option of ${point.meta.id.replace('.', '\\.')}; options are`),
    ],
    [
      'domains:\n  cloud:\n    - choose: { decision: data.cache, option: redis }\n',
      /^answers\.yaml:3: decision `data\.cache` belongs to section data, not cloud/,
    ],
    ['domains:\n  cloud:\n    - action: 9\n', /^answers\.yaml:3: unknown action `9`/],
    ['mode: fast\n', /^answers\.yaml:1: `mode` must be/],
    ['concerns:\n  - id: x\n', /^answers\.yaml:2: concern `x`: give exactly one of/],
    ['domains: [\n', /^answers\.yaml:\d+: not valid YAML/],
    ['colour: blue\n', /^answers\.yaml:1: unknown key `colour`/],
  ])('rejects %j with a line-numbered message', (text, re) => {
    expect(err(text)).toMatch(re);
  });
});

describe('the example answers file', () => {
  it('parses cleanly', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../examples/tidewater/answers.yaml', import.meta.url), 'utf8');
    const s = parseAnswers(text, 'examples/tidewater/answers.yaml');
    expect(Object.keys(s.domains)).toEqual(['cloud', 'network', 'compute', 'security', 'dr', 'cost']);
  });
});
