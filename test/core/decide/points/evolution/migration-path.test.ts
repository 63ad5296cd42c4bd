// Table-driven tests for evolution.migration-path: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'evolution.migration-path';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['Vercel + Supabase: PaaS now, hyperscaler at triggers', { cloudProviders: ['vercel', 'supabase'] }, 'paas-then-hyperscaler'],
    ['AWS: stay', { cloudProviders: ['aws'] }, 'stay-on-platform', ['paas-then-hyperscaler']],
    ['AWS + Azure + on-prem: containerise to stay portable', { cloudProviders: ['aws', 'azure', 'on-prem'] }, 'containerise-now'],
    ['Azure App Service: stay', { cloudProviders: ['azure'], compute: ['app-service'] }, 'stay-on-platform', ['paas-then-hyperscaler']],
    [
      'on-prem Compose: containers keep customer installs portable',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'containerise-now',
      ['paas-then-hyperscaler'],
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
