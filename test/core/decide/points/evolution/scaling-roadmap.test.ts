// Table-driven tests for evolution.scaling-roadmap: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'evolution.scaling-roadmap';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['monolith on ECS: scale up, then out', { cloudProviders: ['aws'], compute: ['ecs'], style: 'monolith' }, 'vertical-then-horizontal'],
    [
      'modular monolith on a droplet: split at thresholds',
      { cloudProviders: ['digitalocean'], style: 'modular-monolith' },
      'split-at-thresholds',
    ],
    ['microservices on Kubernetes: grow the cluster', { compute: ['kubernetes'], style: 'microservices' }, 'kubernetes-at-scale'],
    ['Lambda: managed autoscaling', { cloudProviders: ['aws'], compute: ['aws-lambda'], style: 'serverless' }, 'managed-autoscaling'],
    ['Vercel: managed autoscaling', { cloudProviders: ['vercel'] }, 'managed-autoscaling'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
