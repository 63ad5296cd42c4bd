import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.messaging';
const ASYNC = [{ text: 'Uploaded files are processed asynchronously' }];

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'AWS serverless: SQS',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless', nfrs: ASYNC },
      'sqs',
      ['pubsub', 'service-bus'],
    ],
    ['event-driven on AWS: EventBridge/SNS', { cloudProviders: ['aws'], style: 'event-driven' }, 'sns', ['pubsub']],
    ['GCP: Pub/Sub, never SQS', { cloudProviders: ['gcp'], style: 'microservices' }, 'pubsub', ['sqs', 'sns', 'service-bus']],
    ['Azure: Service Bus', { cloudProviders: ['azure'], style: 'microservices' }, 'service-bus', ['sqs', 'pubsub']],
    [
      'PaaS monolith: queue in the database',
      { cloudProviders: ['railway'], dataStores: ['postgresql'], style: 'monolith', nfrs: ASYNC },
      'database-queue',
      ['sqs', 'nats-jetstream'],
    ],
    [
      'committed NATS on-prem',
      { cloudProviders: ['on-prem'], dataStores: ['postgresql', 'nats-jetstream'], style: 'event-driven' },
      'nats-jetstream',
      ['sqs'],
    ],
    ['client-only app: none', { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] }, 'none', []],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it('carries every committed option alongside the choice', () => {
    const d = decideOne(ID, { cloudProviders: ['aws'], dataStores: ['sqs', 'sns'] });
    expect([d.choice, ...d.alsoCommitted].sort()).toEqual(['sns', 'sqs']);
  });
});
