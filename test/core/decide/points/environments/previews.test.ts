// Table-driven tests for environments.previews: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'environments.previews';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['Vercel: per-pull-request previews', { cloudProviders: ['vercel'] }, 'per-pr-previews'],
    [
      'on-prem: shared staging',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'shared-staging',
      ['per-pr-previews', 'ephemeral-namespaces'],
    ],
    ['Kubernetes: ephemeral namespaces', { compute: ['kubernetes'] }, 'ephemeral-namespaces', ['per-pr-previews']],
    ['nothing stated: shared staging (no cluster for ephemeral namespaces)', {}, 'shared-staging', ['ephemeral-namespaces']],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
