// Table-driven tests for observability.crash-telemetry: invented shipped products and what they send home, with consent.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'observability.crash-telemetry';
const offline = { text: 'The app must work fully offline; no data leaves the device.' };

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['a store app: the store’s crash reports', { archetype: 'client-app', services: ['app-store'] }, 'store-crash-reports'],
    [
      'a desktop app: an opt-in crash SDK',
      { archetype: 'client-app', frameworks: ['electron'] },
      'opt-in-crash-sdk',
      ['store-crash-reports'],
    ],
    [
      'an offline desktop app: nothing sent, local diagnostics',
      { archetype: 'client-app', nfrs: [offline] },
      'local-diagnostics',
      ['opt-in-crash-sdk'],
    ],
    ['a device: local diagnostics', { archetype: 'embedded-device' }, 'local-diagnostics'],
    ['the inputs name Sentry: committed', { archetype: 'client-app', services: ['sentry'] }, 'opt-in-crash-sdk'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.id).toBe(ID);
    expect(d.choice).toBe(choice);
    for (const r of rejected) expect(d.rejected.map((x) => x.id)).toContain(r);
  });
});
