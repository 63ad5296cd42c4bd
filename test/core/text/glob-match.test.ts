// Wildcard ids in the concerns file, answers file and session: literal except `*` (and `?` where allowed), in linear work.
import { describe, expect, it } from 'vitest';
import { matchGlob } from '../../../src/core/text/glob-match.js';
import { matchEntry } from '../../../src/core/review/tracking-match.js';
import { globMatch } from '../../../src/core/session/script.js';

describe('matchGlob', () => {
  it.each([
    ['k8s-small-team@*', 'k8s-small-team@kubernetes', true],
    ['compliance-attestation@hipaa/*', 'compliance-attestation@hipaa/railway', true],
    ['*@postgresql', 'backup@postgresql', true],
    ['*@postgresql', 'backup@postgresql-ha', false],
    ['a.b@c', 'aXb@c', false],
    ['a.b@c', 'a.b@c', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['ab*ba', 'aba', false],
    ['*a*a*', 'aa', true],
    ['x[y](z)+', 'x[y](z)+', true],
    ['^$', '^$', true],
  ])('%j against %j is %s', (pattern, text, expected) => {
    expect(matchGlob(pattern, text)).toBe(expected);
  });

  it('treats `?` literally when asked', () => {
    expect(matchGlob('a?c', 'abc', { questionMark: false })).toBe(false);
    expect(matchGlob('a?c', 'a?c', { questionMark: false })).toBe(true);
  });
});

// Each `*` used to become `.*` in a regular expression: thirty of them against a long id that fails at the end never returned.
describe('a pattern of many stars against a long id', () => {
  const stars = `${'*'.repeat(30)}z`;
  const id = `${'a'.repeat(60)}@${'b'.repeat(60)}`;

  it('the concerns file: matchEntry returns and finds nothing', () => {
    expect(matchEntry(id, { entries: [{ id: stars, status: 'mitigated' }] })).toBeNull();
    expect(matchEntry(`${id}z`, { entries: [{ id: stars, status: 'mitigated' }] })?.status).toBe('mitigated');
  });

  it('the answers file and the session: globMatch returns and finds nothing', () => {
    expect(globMatch(stars, id)).toBe(false);
    expect(globMatch(`${'*?'.repeat(15)}`, id)).toBe(false);
    expect(globMatch('*@*', id)).toBe(true);
  });
});
