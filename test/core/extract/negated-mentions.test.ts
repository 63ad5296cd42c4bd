// Negated, excepted and tooling-only names in guideline and deployment documents are mentions, not commitments.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { phraseDemotion } from '../../../src/core/extract/phrase-demotion.js';

const guidelines = (body: string) => doc('docs/infrastructure/guidelines.md', 'guidelines', `# Infrastructure Guidelines\n\n${body}\n`);
const deployment = (body: string) => doc('docs/architecture/deployment.md', 'deployment', `# Deployment\n\n${body}\n`);
const demotionOf = (text: string, name: string) => phraseDemotion(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('negated mentions in guidelines', () => {
  it('does not commit what a guideline forbids or discourages', () => {
    const p = profileOf(
      guidelines(
        '## Prohibited\n\n- No self-managed databases, brokers or caches on EC2; use the managed AWS service.\n- Discouraged: EC2 instances of any kind.\n- No Kubernetes for now — no EKS, no k3s. Containers run on ECS Fargate.',
      ),
    );
    expect(ids(p.compute)).not.toContain('vms');
    expect(ids(p.compute)).not.toContain('eks');
    expect(p.mentions.find((m) => m.id === 'vms')?.reason).toBe('rejected');
    expect(p.mentions.find((m) => m.id === 'eks')?.reason).toBe('rejected');
  });

  it.each([
    ['No self-managed databases, brokers or caches on EC2; use RDS.', 'EC2', 'rejected'],
    ['Discouraged: EC2 instances of any kind.', 'EC2', 'rejected'],
    ['The API runs on ECS, not on EC2.', 'EC2', 'rejected'],
    ['Workers run on Fargate; no EKS.', 'EKS', 'rejected'],
    ['Lambda is discouraged for the API.', 'Lambda', 'rejected'],
  ])('%s → %s is %s', (text, name, reason) => {
    expect(demotionOf(text, name)).toBe(reason);
  });

  it.each([
    ['The web client never talks directly to MongoDB; every read goes through the API.', 'MongoDB'],
    ['Browsers do not connect to Redis.', 'Redis'],
    ['The mobile app never writes to SQLite itself.', 'SQLite'],
  ])('a negated interaction restricts the path, not the name: %s', (text, name) => {
    expect(demotionOf(text, name)).toBeNull();
  });

  it('keeps a positive clause after a negated one', () => {
    expect(demotionOf('No persistent servers or containers, leveraging AWS managed services.', 'AWS')).toBeNull();
    expect(demotionOf('No downtime deployments with ECS rolling updates.', 'ECS')).toBeNull();
  });
});

describe('allowances and tooling', () => {
  it('a region or service named only as an exception to a restriction is not committed', () => {
    const p = profileOf(
      deployment(
        '## Regions\n\n- **eu-west-1:** all workloads.\n\nAn SCP denies every action outside eu-west-1, except for global services (IAM, CloudFront) and the ACM certificate CloudFront requires in us-east-1.',
      ),
    );
    expect(ids(p.regions)).toEqual(['eu-west-1']);
    expect(demotionOf('No resources outside EU regions. The only exceptions are global services (IAM, CloudFront).', 'CloudFront')).toBe(
      'conditional',
    );
    // An exception inside a positive statement is still a choice.
    expect(demotionOf('All services run on Lambda except the socket server, which runs on ECS.', 'ECS')).toBeNull();
  });

  it('the remote state of infrastructure code is not an application data store', () => {
    const p = profileOf(
      deployment(
        '## Infrastructure as Code\n\n- Terraform state is stored in the S3 state bucket with DynamoDB locking.\n- State lives in S3 with DynamoDB locking, one state file per environment.',
      ),
    );
    expect(ids(p.dataStores)).toEqual([]);
    expect(demotionOf('We use Redis locking for idempotency keys.', 'Redis')).toBeNull();
  });

  it('EventBridge Scheduler is a timetable, not the event bus', () => {
    const p = profileOf(
      doc(
        'docs/tech-stack.md',
        'tech-stack',
        '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Scheduling | Amazon EventBridge Scheduler |\n| Events | Amazon EventBridge |\n',
      ),
    );
    expect(ids(p.dataStores)).toEqual(['eventbridge']);
    const q = profileOf(
      doc(
        'docs/tech-stack.md',
        'tech-stack',
        '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Scheduling | Amazon EventBridge Scheduler |\n',
      ),
    );
    expect(ids(q.dataStores)).toEqual([]);
  });
});
