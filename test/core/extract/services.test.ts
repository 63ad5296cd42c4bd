import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

describe('identity, secrets and telemetry services', () => {
  it.each<[string, string, string[]]>([
    [
      'a stack table row commits a service',
      '| Category | Technology |\n| --- | --- |\n| Auth | Amazon Cognito |\n| Secrets | AWS Secrets Manager |\n| Monitoring | CloudWatch + X-Ray |\n',
      ['cloudwatch', 'cognito', 'aws-secrets-manager', 'x-ray'],
    ],
    [
      '"was evaluated and rejected" is not a commitment',
      '| Category | Technology |\n| --- | --- |\n| Monitoring | Grafana Cloud |\n\n- Datadog was evaluated and rejected for cost.\n',
      ['grafana'],
    ],
    [
      'a vendor-less "Secrets Manager" needs its vendor nearby',
      '| Category | Technology |\n| --- | --- |\n| Secrets | Secrets Manager |\n',
      [],
    ],
  ])('%s', (_n, md, expected) => {
    const p = profileOf(doc('docs/architecture/tech-stack.md', 'tech-stack', `# Stack\n\n## Tech Stack\n\n${md}`));
    expect(ids(p.services)).toEqual([...expected].sort());
  });

  it('keeps the rejected service as a mention with its reason', () => {
    const p = profileOf(
      doc(
        'docs/architecture.md',
        'architecture',
        '# A\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Monitoring | CloudWatch |\n\n- Datadog was considered but rejected: too expensive.\n',
      ),
    );
    expect(p.mentions.find((m) => m.id === 'datadog')?.reason).toBe('rejected');
  });
});

describe('a provider product named by its provider does not make the provider the host', () => {
  const stack = (rows: string) =>
    profileOf(
      doc('docs/architecture/tech-stack.md', 'tech-stack', `# Stack\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n${rows}`),
    );

  it.each<[string, string, string[], string[]]>([
    ['an app registration is a sign-in client', '| Auth | Azure App Registration (client ID) |\n', ['entra-id'], []],
    ['a directory is still identity', '| Auth | Azure AD |\n', ['entra-id'], []],
    ['the platform itself is hosting', '| Hosting | Azure |\n', [], ['azure']],
  ])('%s', (_n, rows, services, clouds) => {
    const p = stack(rows);
    expect(ids(p.services)).toEqual(services);
    expect(ids(p.cloudProviders)).toEqual(clouds);
  });

  it('reads Firebase file storage as a Cloud Storage bucket on Firebase', () => {
    const p = stack('| Files | Firebase Storage |\n');
    expect(ids(p.dataStores)).toEqual(['gcs']);
    expect(ids(p.cloudProviders)).toEqual(['firebase']);
  });
});
