// Table-driven tests for environments.local-dev: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'environments.local-dev';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    [
      'containers with PostgreSQL and Redis: Docker Compose',
      { compute: ['docker'], dataStores: ['postgresql', 'redis'] },
      'docker-compose',
    ],
    ['Apple app: native Xcode toolchain', { cloudProviders: ['cloudkit'], languages: ['swift'] }, 'native-toolchain'],
    [
      'ten developers, two languages: dev containers',
      { cloudProviders: ['vercel'], languages: ['python', 'typescript'], teamSize: 10 },
      'dev-containers',
    ],
    [
      'HIPAA with ten developers: cloud development environments',
      { cloudProviders: ['vercel'], compliance: ['hipaa'], teamSize: 10 },
      'cloud-dev-environments',
    ],
    ['Cloudflare Workers: native CLI emulation', { cloudProviders: ['cloudflare'], compute: ['cloudflare-workers'] }, 'native-toolchain'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
