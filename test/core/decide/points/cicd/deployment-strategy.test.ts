// Table-driven tests for cicd.deployment-strategy: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cicd.deployment-strategy';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: rolling', {}, 'rolling'],
    ['ECS at 99.9 %: blue-green', { cloudProviders: ['aws'], compute: ['ecs'], availability: 99.9 }, 'blue-green'],
    ['99.99 % with 200k users on Kubernetes: canary', { compute: ['kubernetes'], availability: 99.99, users: 200000 }, 'canary'],
    ['SQLite on one droplet, small team: recreate', { cloudProviders: ['digitalocean'], dataStores: ['sqlite'], teamSize: 1 }, 'recreate'],
    ['Lambda functions: blue-green via aliases', { cloudProviders: ['aws'], compute: ['aws-lambda'] }, 'blue-green'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
