// Table-driven cases for the secrets-in-repository rule: committed credentials are red; none, nothing.
import { describe, expect, it } from 'vitest';
import { runRule, worst, expectWellFormed } from '../run-rule.js';

const ID = 'secrets-in-repository';
const line = { file: 'docs/architecture.md', line: 42, quote: 'DATABASE_URL=postgres://app:[redacted]@db.example.net/app' };

describe(ID, () => {
  it.each<[string, boolean, string[], 'red' | 'none']>([
    ['a database password in the documents', true, [], 'red'],
    ['a committed credential with HIPAA data', true, ['hipaa'], 'red'],
    ['no credential anywhere', false, [], 'none'],
  ])('%s', (_name, committed, compliance, level) => {
    const concerns = runRule(ID, {
      profile: { compliance },
      decorate: (p) => {
        if (committed) p.committedSecrets = [line];
      },
    });
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
    for (const k of concerns) {
      expect(k.messageId).toBe('committed');
      expect(k.data).toEqual({ count: 1, first: 'docs/architecture.md:42' });
    }
  });
});
