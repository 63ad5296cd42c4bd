// The shared message shape: templates are data, a message is an id plus data, and formatting fills placeholders.
import { describe, expect, it } from 'vitest';
import { defineMessages, fillTemplate, formatMessage, message, placeholders } from '../../../src/core/diagnostics/index.js';

const templates = defineMessages({
  'file-too-large': '{file} is {size} MB; the limit is {limit} MB',
  'no-inputs': 'no planning documents found',
});

describe('formatMessage', () => {
  it.each([
    [
      'fills every placeholder',
      message('file-too-large', { file: 'docs/prd.md', size: 7, limit: 5 }),
      'docs/prd.md is 7 MB; the limit is 5 MB',
    ],
    [
      'leaves a placeholder without data visible',
      message('file-too-large', { file: 'a.md' }),
      'a.md is {size} MB; the limit is {limit} MB',
    ],
    ['needs no data for a plain template', message('no-inputs'), 'no planning documents found'],
  ])('%s', (_name, msg, want) => {
    expect(formatMessage(templates, msg)).toBe(want);
  });

  it('refuses an id with no template', () => {
    expect(() => formatMessage<string>(templates as Record<string, string>, message<string>('nope'))).toThrow(/nope/);
  });

  it('does not read inherited properties as data or templates', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
    expect(() => formatMessage<string>(templates as Record<string, string>, message<string>('toString'))).toThrow(/toString/);
  });

  it('lists the placeholders of a template once each', () => {
    expect(placeholders('{a} then {b} then {a}')).toEqual(['a', 'b']);
  });
});
