// Consistency with a project profile: prohibited, rejected, missing commitments and ignored compliance.
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/core/extract/extract-profile.js';
import type { Profile } from '../../../src/core/types.js';
import { validateDocument } from '../../../src/core/validate/index.js';
import { idToSpellings, namesTech } from '../../../src/core/validate/tech-spellings.js';

const ev = (line: number) => [{ file: 'docs/prd.md', line, quote: 'q' }];
const fact = (id: string) => ({ id, evidence: ev(3), confidence: 0.9 });

function profile(p: Partial<Profile>): Profile {
  return { ...emptyProfile(), ...p };
}

const ids = (text: string, p: Profile) =>
  validateDocument({ path: 'd.md', text, profile: p }).findings.filter((f) => f.id.startsWith('consistency-'));

describe('consistency with the profile', () => {
  it('reports an error when the document replaces a committed platform with another', () => {
    const p = profile({ cloudProviders: [fact('azure')] });
    const f = ids('# Doc\n\n## Platform\n\nThe system runs on AWS in eu-west-1.\n', p);
    expect(f.map((x) => [x.id, x.severity])).toEqual([['consistency-contradicts-commitment', 'error']]);
    expect(f[0].line).toBe(5);
  });

  it.each<[string, string, string, [string, string][]]>([
    [
      'a must-run-on platform replaced by another',
      'azure',
      '# Doc\n\n## Platform\n\nThe system runs on AWS in eu-west-1.\n',
      [['consistency-contradicts-commitment', 'error']],
    ],
    [
      'a must-be document store replaced by another document store',
      'cosmos-db',
      '# Doc\n\n## Data\n\nThe primary store is Amazon DynamoDB.\n',
      [['consistency-contradicts-commitment', 'error']],
    ],
    ['a must constraint the document keeps', 'azure', '# Doc\n\n## Platform\n\nThe system runs on Microsoft Azure.\n', []],
  ])('treats a must constraint as a commitment: %s', (_name, subject, text, want) => {
    const p = profile({
      constraints: [
        { id: 'm', kind: 'must', text: `must use ${subject}`, subjects: [subject], source: 'technical-assumptions', evidence: ev(4) },
      ],
    });
    expect(ids(text, p).map((x) => [x.id, x.severity])).toEqual(want);
  });

  it('keeps a missing commitment a warning when nothing replaces it', () => {
    const p = profile({ iacTools: [fact('terraform')] });
    expect(ids('# Doc\n\n## Delivery\n\nChanges go through pull requests.\n', p).map((x) => [x.id, x.severity])).toEqual([
      ['consistency-missing-commitment', 'warning'],
    ]);
  });

  it('flags a prohibited technology the document chooses, at its line', () => {
    const p = profile({
      constraints: [
        {
          id: 'constraint-1',
          kind: 'prohibit',
          text: 'Kubernetes must not be used',
          subjects: ['kubernetes'],
          source: 'guidelines',
          evidence: ev(9),
        },
      ],
    });
    const f = ids('# Doc\n\n## Compute\n\nThe API runs on Kubernetes (EKS).\n', p);
    expect(f.map((x) => x.id)).toEqual(['consistency-prohibited-tech']);
    expect(f[0].line).toBe(5);
  });

  it('does not flag a prohibited technology the document only rejects or defers', () => {
    const p = profile({
      constraints: [{ id: 'c', kind: 'prohibit', text: 'no Kubernetes', subjects: ['kubernetes'], source: 'guidelines', evidence: ev(9) }],
    });
    expect(
      ids(
        '# Doc\n\nWe do not use Kubernetes.\n\n## Future\n\nKubernetes in phase 3.\n\n**Scale Phase Path:**\n- Kubernetes when funded\n',
        p,
      ),
    ).toEqual([]);
  });

  it('ignores a prohibition the inputs contradict by committing to the same technology', () => {
    const p = profile({
      compute: [fact('aws-lambda')],
      constraints: [{ id: 'c', kind: 'prohibit', text: 'x', subjects: ['aws-lambda'], source: 'technical-assumptions', evidence: ev(9) }],
    });
    expect(ids('# Doc\n\nAWS Lambda runs the API.\n', p)).toEqual([]);
  });

  // The document is read by the same assertion-status classifier as the inputs: only a committing statement chooses.
  it.each([
    ['committed', 'Orders live in MongoDB Atlas.', true],
    ['negated', 'Orders live in PostgreSQL instead of MongoDB.', false],
    ['future', 'We could later move orders to MongoDB in phase 3.', false],
    ['optional', 'A MongoDB read cache if needed.', false],
    ['hypothetical', 'Any document store works, e.g. MongoDB, as long as it is managed.', false],
    ['cost delta', 'A MongoDB replica would add $60 a month.', false],
    ['provenance', "The importer is a fork of MongoDB's open-source connector.", false],
    ['dev-only', 'MongoDB for local development only.', false],
  ])('a rejected technology named as %s', (_status, sentence, flagged) => {
    const p = profile({ mentions: [{ id: 'mongodb', category: 'dataStores', reason: 'rejected', evidence: ev(12) }] });
    expect(ids(`# Doc\n\n## Data\n\n${sentence}\n`, p).length > 0).toBe(flagged);
  });

  it('flags a rejected technology the document chooses', () => {
    const p = profile({ mentions: [{ id: 'mongodb', category: 'dataStores', reason: 'rejected', evidence: ev(12) }] });
    expect(ids('# Doc\n\nOrders live in MongoDB Atlas.\n', p).map((x) => x.id)).toEqual(['consistency-rejected-tech']);
  });

  it('flags committed technologies never mentioned, accepting alias spellings and implying products', () => {
    const p = profile({
      cloudProviders: [fact('aws')],
      dataStores: [fact('postgresql'), fact('redis')],
      iacTools: [fact('terraform')],
      ciCd: [fact('github-actions')],
    });
    const f = ids('# Doc\n\nWe use Amazon Web Services with RDS for PostgreSQL and ElastiCache.\n', p);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('terraform'), expect.stringContaining('github-actions')]);
    expect(f.every((x) => x.id === 'consistency-missing-commitment')).toBe(true);
  });

  it('flags a compliance regime the document never addresses', () => {
    const p = profile({ compliance: [fact('hipaa'), fact('gdpr')] });
    const f = ids('# Doc\n\n## Security\n\nWe follow the General Data Protection Regulation.\n', p);
    expect(f.map((x) => x.id)).toEqual(['consistency-compliance-ignored']);
    expect(f[0].message).toContain('hipaa');
    expect(f[0].line).toBe(3);
  });

  it('knows spellings', () => {
    expect(idToSpellings('gcp')).toContain('Google Cloud Platform');
    expect(namesTech('runs on Postgres 16', 'postgresql')).toBe(true);
    expect(namesTech('API Gateway in front', 'aws')).toBe(true);
    expect(namesTech('API Gateway in front', 'aws', false)).toBe(false);
  });
});
