// Rule: credentials written into the repository's documents, or said to be committed to git.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'secrets-in-repository',
    category: 'security-implementation',
    title: 'Credentials committed to the repository',
    description:
      'The planning documents carry a credential (a password in a connection string, a key literal, a private key) or say that secrets or the .env file are committed to the repository.',
    why: 'Anything in git is copied to every clone, fork, CI log and backup, and stays in the history after it is deleted. A committed credential must be treated as leaked: whoever has read access has the database or the account.',
    detection:
      'A connection string with a password to a non-local host, an assignment to a PASSWORD/SECRET/TOKEN/API_KEY variable with a literal value that is not a placeholder, a known key format (AWS access key, GitHub token, live Stripe key, private key block), or a sentence saying secrets are committed to the repository. Defaults of throwaway local containers (postgres on localhost in CI) are ignored.',
    mitigation:
      'Rotate the credential now, remove it from the history (git filter-repo or BFG), load it at run time from the secrets manager or the platform’s secret store, and turn on secret scanning with push protection (gitleaks in CI, GitHub push protection).',
    falsePositives:
      'The value is a documented dummy for a local throwaway container or a revoked example key; mark the concern false-positive with that note.',
    docs: [
      'https://docs.github.com/en/code-security/secret-scanning/introduction/about-secret-scanning',
      'https://github.com/gitleaks/gitleaks',
    ],
    resolvedBy: 'security.secrets',
    messages: {
      committed: 'The inputs carry {count} credential line(s) in the repository ({first}); a committed credential counts as leaked.',
    },
  },
  check(ctx) {
    const lines = ctx.profile.committedSecrets ?? [];
    if (!lines.length) return [];
    const first = `${lines[0]!.file}:${lines[0]!.line}`;
    return [
      {
        subject: 'repository',
        // Certain and a breach in itself: the credential is readable by everyone with access to the repository.
        signal: { impact: 4, likelihood: 3, regulated: !!ctx.regulated(), basis: 'stated' },
        evidence: { facts: lines.slice(0, 6), model: [] },
        messageId: 'committed',
        data: { count: lines.length, first },
      },
    ];
  },
});
