// Credentials in the documents: real ones are found (and redacted in the quote); placeholders and local defaults are not.
import { describe, expect, it } from 'vitest';
import { extractCommittedSecrets } from '../../../src/core/extract/committed-secrets.js';
import { doc } from './helpers.js';

const found = (text: string) => extractCommittedSecrets([doc('docs/architecture.md', 'architecture', text)]);

describe('committed secrets', () => {
  it.each<[string, string, boolean]>([
    ['a password in a connection string to a real host', 'DATABASE_URL=postgres://app:Hx7#pq92mz@db.internal.example.net:5432/app\n', true],
    ['a key assigned in an env file', 'STRIPE_SECRET_KEY=rk_51Habc9281kdQ\n', true],
    ['an AWS access key id', 'Deploys use AKIAIOSFODNN7EXAMPLE for now.\n', true],
    ['a private key block', '-----BEGIN RSA PRIVATE KEY-----\n', true],
    ['the documents say the .env file is committed', 'The .env file with the database credentials is committed to the repository.\n', true],
    ['a template value', 'DATABASE_PASSWORD=${DB_PASSWORD}\n', false],
    ['a placeholder value', 'JWT_SECRET=your-jwt-secret-here\n', false],
    ['a throwaway CI database on localhost', 'DATABASE_URL: postgresql://postgres:postgres@localhost:5432/test\n', false],
    ['the default password of a CI service container', 'POSTGRES_PASSWORD: postgres\n', false],
    ['a value that names itself a dummy', 'POSTGRES_PASSWORD: localdev\n', false],
    [
      'a compose file for local development',
      '# docker-compose.yml for local development only\nservices:\n  db:\n    environment:\n      DB_PASSWORD: q8Zr2mNw4t\n',
      false,
    ],
    ['a rule against committing secrets', 'Secrets are never committed to the repository.\n', false],
  ])('%s', (_name, text, expected) => {
    expect(found(text).length > 0).toBe(expected);
  });

  it('never repeats the secret in the quote', () => {
    const [e] = found('DATABASE_URL=postgres://app:Hx7#pq92mz@db.internal.example.net:5432/app\n');
    expect(e.quote).not.toContain('Hx7#pq92mz');
    expect(e.quote).toContain('[redacted]');
    expect(e.line).toBe(1);
  });
});
