// Table-driven tests for cost.pricing-model: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cost.pricing-model';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: on-demand', {}, 'on-demand'],
    ['AWS with 50k users: committed use for the baseline', { cloudProviders: ['aws'], users: 50000 }, 'committed-use'],
    ['DigitalOcean: flat-priced servers', { cloudProviders: ['digitalocean'] }, 'flat-priced-servers', ['committed-use', 'spot-for-batch']],
    ['Vercel: pay as you go, no reservations', { cloudProviders: ['vercel'] }, 'on-demand', ['committed-use', 'spot-for-batch']],
    [
      'on-prem: owned capacity',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'flat-priced-servers',
      ['committed-use', 'spot-for-batch'],
    ],
    ['EKS with Kafka workers: spot for batch', { cloudProviders: ['aws'], compute: ['eks'], dataStores: ['kafka'] }, 'spot-for-batch'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
