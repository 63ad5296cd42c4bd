import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/core/text/sentence-around.js';

const around = (text: string, name: string) => {
  const at = text.indexOf(name);
  return sentenceAround(text, at, at + name.length);
};

describe('the sentence around a span', () => {
  it.each([
    ['Logs stay local. Backups go to Quarry nightly. Nothing else leaves.', 'Quarry', ' Backups go to Quarry nightly'],
    ['Queues: Quarry for jobs; Ferry for mail', 'Ferry', ' Ferry for mail'],
    ['One line\nQuarry runs the workers\nanother line', 'Quarry', 'Quarry runs the workers'],
    ['Quarry', 'Quarry', 'Quarry'],
  ])('%s', (text, name, want) => {
    expect(around(text, name)).toBe(want);
  });

  it('looks at most 200 characters either way, whatever the block length', () => {
    const text = `${'a'.repeat(500)} Quarry ${'b'.repeat(500)}`;
    expect(around(text, 'Quarry').length).toBeLessThanOrEqual(200 + 'Quarry'.length + 200);
  });
});
