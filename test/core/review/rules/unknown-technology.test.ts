// Table-driven cases for the unknown-technology rule: a stated technology the catalogue lacks is yellow, once.
import { describe, expect, it } from 'vitest';
import type { TechSlot } from '../../../../src/core/types.js';
import { runRule, worst, expectWellFormed } from '../run-rule.js';

const ID = 'unknown-technology';
const unknown = (id: string, name: string, slot: TechSlot) => ({
  id,
  name,
  slot,
  evidence: [{ file: 'docs/stack.md', line: 3, quote: name }],
  confidence: 0.9,
});

describe(ID, () => {
  it('names the decision that carries the unknown technology as the choice', () => {
    const concerns = runRule(ID, {
      choices: { 'cloud.primary-platform': 'zephyr-cloud' },
      decorate: (p) => {
        p.unknownTechnologies = [unknown('zephyr-cloud', 'Zephyr Cloud', 'hosting-platform')];
      },
    });
    expect(concerns.map((c) => [c.messageId, c.level, c.data?.decisions])).toEqual([
      ['unknownCarried', 'yellow', 'cloud.primary-platform'],
    ]);
    expectWellFormed(ID, concerns);
  });

  it.each<[string, ReturnType<typeof unknown>[], 'yellow' | 'none', string[]]>([
    [
      'a platform the catalogue lacks',
      [unknown('zephyr-cloud', 'Zephyr Cloud', 'hosting-platform')],
      'yellow',
      ['unknown-technology@zephyr-cloud'],
    ],
    [
      'the same tool named twice',
      [unknown('stackforge', 'StackForge', 'iac'), unknown('stackforge', 'StackForge', 'iac')],
      'yellow',
      ['unknown-technology@stackforge'],
    ],
    ['everything known', [], 'none', []],
  ])('%s', (_name, techs, level, ids) => {
    const concerns = runRule(ID, {
      decorate: (p) => {
        p.unknownTechnologies = techs;
      },
    });
    expect(worst(concerns)).toBe(level);
    expect(concerns.map((c) => c.id)).toEqual(ids);
    expect(concerns.map((c) => c.messageId)).toEqual(ids.map(() => 'unknown'));
    expectWellFormed(ID, concerns);
  });
});
