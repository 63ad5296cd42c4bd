// No regular expression in the tool backtracks super-linearly: every literal in src/ and every pattern built or run is checked statically.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// Only the audit helpers are imported statically: the tool's modules load after the constructor is watched.
import { mergeFound, recordConstructed, recordRegexes, regexLiterals, superLinearCauses } from '../../helpers/regex-audit.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const stopWatching = recordConstructed();
const hostile = await import('../../helpers/adversarial.js');
const { regexes: run } = recordRegexes(() => {
  hostile.runEveryStage([hostile.hostileDoc(hostile.hostileMarkdown(hostile.PADS.spaces, 3))]);
});
const built = stopWatching();
const literals = regexLiterals(ROOT, 'src');
const found = mergeFound(literals, [...built, ...run]);

describe('regular expressions run in linear time', () => {
  it('finds the patterns: literals in every layer, patterns built at load time and at run time', () => {
    expect(literals.length).toBeGreaterThan(300);
    for (const layer of ['src/core/extract', 'src/core/review', 'src/core/validate', 'src/core/render', 'src/core/session', 'src/io']) {
      expect(
        literals.some((f) => f.where.startsWith(layer)),
        layer,
      ).toBe(true);
    }
    // The technology aliases compile into patterns when their module loads.
    expect(built.some((re) => re.source.includes('[\\s-]+'))).toBe(true);
    expect(found.filter((f) => f.where === 'run').length).toBeGreaterThan(50);
  });

  it('has no stacked, nested or moving quantifier that a run of one character can make backtrack', () => {
    const bad = found.flatMap((f) => superLinearCauses(f.re).map((c) => `${f.where} ${f.re.source.slice(0, 100)}\n    ${c}`));
    expect(bad).toEqual([]);
  });
});
