// "On-prem" said of a system the product talks to places that system; said of the product, it is where the product runs.
import { describe, expect, it } from 'vitest';
import { placesOtherSystem } from '../../../src/core/extract/foreign-locality.js';
import { collectTechHits, defaultMatcher } from '../../../src/core/extract/tech-hits.js';
import { doc, ids, profileOf } from './helpers.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Acme Architecture\n\n${body}\n`);
const clouds = (body: string) => ids(profileOf(arch(body)).cloudProviders);
const onPremReasons = (body: string) =>
  collectTechHits([arch(body)])
    .filter((h) => h.id === 'on-prem')
    .map((h) => h.demote);

describe('on-prem of another system', () => {
  it.each([
    [
      '## Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n| Directory | ldapkit | Zephyr Directory on-prem lookups |',
    ],
    ['- Provider layer: QuokkaLdapAdapter (on-prem) and QuokkaCloudAdapter (hosted) behind one trait'],
    ['- The desktop client reads mailbox data from Mailhub on-prem and Mailhub Online.'],
    ['- Adapter pattern for the directory (on-prem vs cloud), chosen at startup, for seamless hybrid support.'],
  ])('not where the product runs: %s', (body) => {
    expect(clouds(body)).toEqual([]);
    expect(onPremReasons(body).every((r) => r === 'subject')).toBe(true);
    expect(onPremReasons(body).length).toBeGreaterThan(0);
  });

  it.each([
    ['- Provider: On-premises'],
    ['- Deployment target: on-premises Docker host, one per customer'],
    ['## Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n| Hosting | On-prem servers | Customer data centres |'],
    ['- Kubernetes on-prem (k3s) runs every service; the team operates the cluster.'],
  ])('where the product runs: %s', (body) => {
    const reasons = onPremReasons(body);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r === null)).toBe(true);
  });

  it.each([
    ['connects to Active Directory on-prem via LDAP', true],
    ['LdapAdapter (on-prem) and GraphAdapter', true],
    ['mailbox data (on-prem or online)', true],
    ['Deploy on-prem for regulated customers', false],
    ['Kubernetes on-prem for every site', false],
    ['Hosting: on-prem', false],
  ])('%s', (text, want) => {
    const at = text.search(/on-prem/i);
    expect(placesOtherSystem(text, at, at + 'on-prem'.length, defaultMatcher())).toBe(want);
  });
});
