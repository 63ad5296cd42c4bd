// Table-driven tests for compute.companion-service: the small service a team shipping software runs, only on a fact.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'compute.companion-service';

describe(ID, () => {
  it.each<[string, ProfileSpec, string]>([
    ['nothing named: none, no server is modelled', { archetype: 'client-app' }, 'none'],
    [
      'an update feed and a docs site: static hosting',
      { archetype: 'client-app', nfrs: [{ text: 'Releases are announced through an appcast update feed and a docs site.' }] },
      'static-site-feed',
    ],
    [
      'a licence server: a small managed service',
      { archetype: 'self-hosted-distributable', nfrs: [{ text: 'Paid editions check keys against a licence server.' }] },
      'small-managed-service',
    ],
  ])('%s', (_name, spec, choice) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
  });
});
