import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.cache';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    ['committed Redis wins', { cloudProviders: ['railway'], dataStores: ['postgresql', 'redis'] }, 'redis', []],
    ['many users: Redis', { cloudProviders: ['aws'], users: 100000 }, 'redis', []],
    ['small load: in-process', { cloudProviders: ['aws'], users: 200, dataStores: ['postgresql'] }, 'in-process', []],
    [
      'Workers with KV committed: edge KV',
      { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'], dataStores: ['cloudflare-kv'] },
      'edge-kv',
      [],
    ],
    ['edge KV needs Cloudflare', { cloudProviders: ['gcp'], dataStores: ['postgresql'] }, 'in-process', ['edge-kv']],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
