import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'compute.scaling';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'Lambda: scale to zero',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'scale-to-zero',
      [],
    ],
    [
      'ECS at 99.9 %: horizontal autoscaling',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'horizontal-autoscaling',
      ['scale-to-zero'],
    ],
    [
      'Compose on servers: fixed capacity',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'fixed-capacity',
      ['horizontal-autoscaling', 'scale-to-zero'],
    ],
    ['Railway services: fixed capacity', { cloudProviders: ['railway'], compute: ['railway'] }, 'fixed-capacity', ['scale-to-zero']],
    [
      'Kubernetes with many users: horizontal autoscaling',
      { compute: ['kubernetes'], users: 50000 },
      'horizontal-autoscaling',
      ['scale-to-zero'],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
