// Constraint parsing, the reducer, and the scripted prompter's checks.
import { describe, expect, it } from 'vitest';
import { parseConstraint } from '../../../src/core/session/constraint-parser.js';
import { reduce } from '../../../src/core/session/reducer.js';
import { initialState, nextDomain } from '../../../src/core/session/state.js';
import { ScriptedPrompter } from '../../../src/core/session/scripted-prompter.js';
import { parseAnswers } from '../../../src/io/answers-file.js';

describe('constraint parser', () => {
  it.each([
    ['no kubernetes', [], ['kubernetes']],
    ['must use terraform', ['terraform'], []],
    ['avoid AWS', [], ['aws']],
    ['use Terraform, no K8s', ['terraform'], ['kubernetes']],
    ['prefer Azure over AWS', ['azure'], ['aws']],
    ['we cannot use MongoDB', [], ['mongodb']],
  ])('%s', (text, requires, excludes) => {
    const p = parseConstraint(text);
    expect(p.requires).toEqual(requires);
    expect(p.excludes).toEqual(excludes);
  });
});

describe('reducer', () => {
  it('walks the domains in order and never mutates its input', () => {
    const s0 = reduce(initialState('x'), { type: 'mode', mode: 'incremental' });
    expect(s0.domain).toBe('cloud');
    const frozen = JSON.stringify(s0);
    const s1 = reduce(s0, { type: 'feedback', domain: 'cloud', entry: { priority: 'cost' } });
    const s2 = reduce(s1, { type: 'feedback', domain: 'cloud', entry: { accept: true } });
    expect(JSON.stringify(s0)).toBe(frozen);
    expect(s2.user.priorities).toEqual(['cost']);
    expect(s2.domains.cloud.status).toBe('finalised');
    expect(nextDomain(s2)).toBe('network');
    expect(s2.domain).toBe('network');
  });

  it('keeps one result per analysis and section', () => {
    const r = (summary: string) => ({
      action: 'cost-analysis' as const,
      domain: 'cost' as const,
      title: 't',
      summary,
      findings: [],
      assumptions: [],
    });
    let s = reduce(initialState('x'), {
      type: 'feedback',
      domain: 'cost',
      entry: { action: 'cost-analysis', keep: true },
      result: r('first'),
    });
    s = reduce(s, { type: 'feedback', domain: 'cost', entry: { action: 'cost-analysis', keep: true }, result: r('second') });
    expect(s.actionResults.cost!.map((x) => x.summary)).toEqual(['second']);
  });
});

describe('scripted prompter', () => {
  it('answers with defaults when the file says nothing, and rejects an answer that is not offered', async () => {
    const p = new ScriptedPrompter(parseAnswers('mode: yolo\n', 'a.yaml'));
    expect(
      await p.select({ key: 'mode', message: '', choices: [{ value: 'incremental', name: '' }] }).catch((e: Error) => e.message),
    ).toMatch(/^a\.yaml:1: mode "yolo" is not available/);
    expect(
      await p.select({
        key: 'feedback:cloud',
        message: '',
        choices: [
          { value: 'accept', name: '' },
          { value: 'note', name: '' },
        ],
      }),
    ).toBe('accept');
  });
});
