// Prohibition subjects: only the technology a statement negates is prohibited; the rest is context or a mandate.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';
import { negatedSpans } from '../../../src/core/extract/negation.js';

const guidelines = (body: string) => doc('docs/infrastructure/guidelines.md', 'guidelines', `# Infrastructure Guidelines\n\n${body}\n`);
const constraintsOf = (body: string) => profileOf(guidelines(body)).constraints.map((c) => [c.kind, c.subjects]);

describe('prohibition subjects', () => {
  it.each([
    ['- No Kubernetes for now — no EKS, no self-managed Kubernetes, no k3s, including in dev.', ['eks', 'kubernetes']],
    ['- Never use MongoDB for transactional data.', ['mongodb']],
    ['- Avoid DynamoDB.', ['dynamodb']],
    ['- Kafka is not allowed.', ['kafka']],
    ['- MongoDB and Cassandra are prohibited.', ['cassandra', 'mongodb']],
    ['- Do not use Heroku for anything.', ['heroku']],
    ['- Discouraged: EC2 instances of any kind.', ['vms']],
  ])('negated subject: %s', (body, subjects) => {
    expect(constraintsOf(body)).toEqual([['prohibit', subjects]]);
  });

  it.each([
    // Regions restricted, global services allowed: neither AWS nor CloudFront is prohibited.
    '- **No resources outside EU regions.** The only exceptions are global services (IAM, Route 53, CloudFront) on AWS.',
    // A predicate about the names, not a ban of them.
    '- No EC2 instance or ECS task gets a public IP.',
    // The name only locates what is banned.
    '- No self-managed databases, brokers or caches on EC2; use the managed AWS service.',
    // The name modifies the negated noun.
    '- No secrets in Terraform variables files.',
    '- GitHub Actions, authenticated to AWS with OIDC roles (no stored access keys), must deploy everything.',
  ])('named but not negated: %s', (body) => {
    const prohibits = profileOf(guidelines(body)).constraints.filter((c) => c.kind === 'prohibit');
    expect(prohibits.flatMap((c) => c.subjects)).toEqual([]);
  });

  it('keeps the mandated names of a prohibiting statement as a separate must', () => {
    expect(constraintsOf('- **Secrets only in AWS Secrets Manager.** No secrets in Terraform variables files.')).toEqual([
      ['prohibit', []],
      ['must', ['aws-secrets-manager']],
    ]);
    expect(constraintsOf('- All infrastructure is defined in Terraform. No resource may be changed by hand in the AWS console.')).toEqual([
      ['prohibit', []],
      ['must', ['terraform']],
    ]);
  });

  it('reads "no" before a lowercase word as a rule only when it opens the sentence', () => {
    // Under /i the old "no [A-Z]" matched any word ("no data or credentials are shared").
    expect(constraintsOf('- Each environment has its own VPC on AWS; no data or credentials are shared.')).toEqual([]);
    expect(constraintsOf('- No public database endpoints for PostgreSQL.')).toEqual([['prohibit', []]]);
  });

  it('does not prohibit a technology named as a future option, a mandated one, or one in a tech-assumption statement', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# P\n\n## Technical Assumptions\n\n- Serverless architecture using AWS Lambda functions. No persistent servers or containers, leveraging AWS managed services.\n- **Database**: No database initially (stateless), DynamoDB considered for future storage\n- **Authentication**: AWS Cognito User Pools with JWT tokens, no social login providers\n',
    );
    expect(
      profileOf(prd)
        .constraints.filter((c) => c.kind === 'prohibit')
        .flatMap((c) => c.subjects),
    ).toEqual([]);
  });

  it('marks only negated spans, list members sharing one negation', () => {
    const text = 'No MongoDB, Redis or Kafka; PostgreSQL only.';
    const spans = ['MongoDB', 'Redis', 'Kafka', 'PostgreSQL'].map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    expect([...negatedSpans(text, spans)].sort()).toEqual([0, 1, 2]);
  });

  it('reads the names opening an item of a "Prohibited" list as refused, and never commits them', () => {
    const g = guidelines(
      '## Prohibited Technologies\n\n- MongoDB, Cassandra: no document stores.\n- Kubernetes — too much to operate; run on ECS.\n\n## How we keep costs down\n\n- ECS on Fargate.',
    );
    const p = profileOf(g);
    expect(p.constraints.filter((c) => c.kind === 'prohibit').map((c) => c.subjects)).toEqual([['cassandra', 'mongodb'], ['kubernetes']]);
    expect([...p.dataStores, ...p.compute].map((f) => f.id)).not.toContain('kubernetes');
    expect(p.mentions.find((m) => m.id === 'mongodb')?.reason).toBe('rejected');
  });
});
