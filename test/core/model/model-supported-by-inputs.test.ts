// The model holds only what the inputs support, over a grid of invented projects: no default worker, queue or cache, every
// named external service and client an element, one unit per technology and role, and no heavyweight self-run service
// (Vault, a self-run Grafana stack, Argo CD) chosen without evidence, ties labelled as defaults.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { findPoint } from '../../../src/core/decide/registry.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import type { Decision, Profile } from '../../../src/core/types.js';
import { derivedMismatches } from '../../helpers/derived-invariants.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const ev = (quote: string) => [{ file: 'docs/architecture.md', line: 3, quote }];

/** Invented projects of several platforms, sizes and archetypes, none stating a cache, queue, worker or heavyweight tool. */
const GRID: [string, ProfileSpec][] = [
  ['AWS web service, team of two', { archetype: 'hosted-service', cloudProviders: ['aws'], dataStores: ['postgresql'], teamSize: 2 }],
  ['GCP service, team unknown', { archetype: 'hosted-service', cloudProviders: ['gcp'], languages: ['go'] }],
  ['Azure service for a team of 20', { archetype: 'hosted-service', cloudProviders: ['azure'], dataStores: ['postgresql'], teamSize: 20 }],
  ['one Hetzner server', { archetype: 'hosted-service', cloudProviders: ['hetzner'], dataStores: ['postgresql'] }],
  ['a PaaS front end', { archetype: 'hosted-service', cloudProviders: ['vercel'], frameworks: ['nextjs'] }],
  ['self-hosted distributable', { archetype: 'self-hosted-distributable', languages: ['go'], compute: ['kubernetes'] }],
  ['desktop app', { archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] }],
];

/** The option is a heavyweight self-run service, by its typed attribute. */
const heavy = (d: Decision) => findPoint(d.id)?.options.find((o) => o.id === d.choice)?.attrs?.heavyweight === true;
/** A fact stands behind the choice: a commitment, a user's pick, or a scoring reason with evidence. */
const backed = (d: Decision) =>
  d.basis !== 'scored' || d.explain.some((e) => e.option === d.choice && e.delta > 0 && e.evidence.length > 0);

function withNamedParties(p: Profile): Profile {
  p.externalServices = [{ id: 'acme-payments', name: 'Acme Payments', evidence: ev('Acme Payments'), confidence: 0.9 }];
  p.clients = [{ id: 'field-app', name: 'Field app (iOS)', kind: 'mobile', evidence: ev('Field app'), confidence: 0.9 }];
  return p;
}

describe('the model holds only what the inputs support', () => {
  it.each(GRID)('%s', (_name, spec) => {
    const profile = withNamedParties(makeProfile(spec));
    const decisions = decideAll(profile);
    const model = deriveModel(profile, decisions);
    // No default worker, queue or cache, no derived table beyond the decisions.
    expect(derivedMismatches(decisions, model)).toEqual([]);
    expect(model.dataStores.filter((d) => d.kind === 'cache' || d.kind === 'queue').map((d) => d.tech)).toEqual([]);
    expect(model.compute.filter((c) => c.role === 'worker').map((c) => c.id)).toEqual([]);
    // Every third party and client the inputs name is an element (a hosted system draws them; a shipped one has no backend to call).
    if (model.hosting?.teamOperates) {
      expect(model.externalServices.map((e) => e.name)).toContain('Acme Payments');
      expect((model.clients ?? []).map((c) => c.name)).toEqual(['Field app (iOS)']);
    }
    // One unit per technology and role; one store per technology.
    const units = model.compute.map((c) => `${c.role}:${c.tech}`);
    expect(units.length).toBe(new Set(units).size);
    const stores = model.dataStores.map((d) => d.tech);
    expect(stores.length).toBe(new Set(stores).size);
    // Vault, a self-run Grafana stack, Argo CD, Keycloak, Kafka: never without evidence.
    expect(decisions.filter((d) => heavy(d) && !backed(d)).map((d) => `${d.id}=${d.choice}`)).toEqual([]);
  });

  it.each(GRID)('%s: every decision no fact speaks to is light and says it is a default', (_name, spec) => {
    const decisions = decideAll(makeProfile(spec));
    const unbacked = decisions.filter((d) => d.basis === 'scored' && d.explain.every((e) => e.evidence.length === 0));
    expect(unbacked.length).toBeGreaterThan(0);
    for (const d of unbacked) {
      const options = findPoint(d.id)!.options;
      const chosen = options.find((o) => o.id === d.choice)!;
      expect(chosen.attrs?.heavyweight, d.id).not.toBe(true);
      // A tie goes to the least operational of the options it is tied with.
      const mine = d.options.find((o) => o.id === d.choice);
      if (mine) {
        const tied = d.options.filter((o) => o.score === mine.score);
        expect(mine.complexity, d.id).toBe(Math.min(...tied.map((o) => o.complexity)));
      }
      // Labelled: the decision records what it assumed in place of a fact.
      expect(d.assumptions.length, d.id).toBeGreaterThan(0);
    }
  });
});
