import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'compute.background-jobs';
const JOBS = [{ text: 'Invoices are emailed by a nightly background job' }];

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'Lambda: event-triggered functions',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless', nfrs: JOBS },
      'serverless-events',
      ['kubernetes-jobs', 'in-process-scheduler'],
    ],
    [
      'Kubernetes: Jobs and CronJobs',
      { compute: ['kubernetes'], iacTools: ['helm'], nfrs: JOBS },
      'kubernetes-jobs',
      ['serverless-events', 'platform-cron'],
    ],
    [
      'Railway monolith: platform cron',
      { cloudProviders: ['railway'], compute: ['railway'], teamSize: 2, nfrs: JOBS },
      'platform-cron',
      ['kubernetes-jobs'],
    ],
    [
      'event-driven on servers with a broker: queue workers',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], dataStores: ['postgresql', 'nats-jetstream'], style: 'event-driven' },
      'queue-workers',
      ['serverless-events', 'platform-cron', 'kubernetes-jobs'],
    ],
    [
      'small monolith on one server: in-process scheduler',
      { cloudProviders: ['hetzner'], compute: ['docker-compose'], style: 'monolith', teamSize: 1, nfrs: JOBS },
      'in-process-scheduler',
      ['serverless-events'],
    ],
    [
      'client-only app: no server-side jobs',
      { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'], compliance: ['hipaa'] },
      'none',
      ['kubernetes-jobs'],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });

  it.each<[string, ProfileSpec, string]>([
    [
      'API without any stated background work',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], languages: ['python'] },
      'in-process-scheduler',
    ],
    ['client-only app', { cloudProviders: ['cloudkit'], dataStores: ['cloudkit'] }, 'none'],
  ])('adds no worker without a fact: %s', (_name, spec, choice) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.attributes?.none).toBe(true);
    expect(d.rationale).toContain('a default without evidence');
  });
});
