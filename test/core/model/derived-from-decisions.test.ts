// Derived tables (environments, pipeline stages, compute units, regions, cost lines) hold only what the decisions chose.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';
import { derivedMismatches } from '../../helpers/derived-invariants.js';

const nfr = (...texts: string[]) => texts.map((text) => ({ text }));

/** Invented products of several archetypes, each with a statement the derived tables must not contradict. */
const FIXTURES: [string, ProfileSpec][] = [
  [
    'hosted web service on AWS, "shared staging only"',
    {
      archetype: 'hosted-service',
      cloudProviders: ['aws'],
      compute: ['ecs'],
      dataStores: ['postgresql'],
      frameworks: ['react'],
      nfrs: nfr('One shared staging environment only; no per-branch preview environments.'),
    },
  ],
  [
    'hosted service on Vercel and Supabase with automatic promotion',
    {
      archetype: 'hosted-service',
      cloudProviders: ['vercel', 'supabase'],
      frameworks: ['nextjs'],
      nfrs: nfr('Every merge to main deploys to production automatically, with no manual approval.'),
    },
  ],
  [
    'hosted service on a single Hetzner server with a small budget',
    { archetype: 'hosted-service', cloudProviders: ['hetzner'], compute: ['docker-compose'], dataStores: ['postgresql'], budget: 40 },
  ],
  [
    'regulated hosted service on GCP at 99.95 %',
    {
      archetype: 'hosted-service',
      cloudProviders: ['gcp'],
      compute: ['cloud-run'],
      dataStores: ['postgresql'],
      compliance: ['hipaa'],
      availability: 99.95,
    },
  ],
  ['offline desktop app with an embedded database', { archetype: 'client-app', frameworks: ['electron'], dataStores: ['sqlite'] }],
  ['mobile app whose team runs a backend on Railway', { archetype: 'client-app', cloudProviders: ['railway'], dataStores: ['postgresql'] }],
  ['firmware on field devices', { archetype: 'embedded-device', languages: ['c'] }],
  ['single binary customers install', { archetype: 'self-hosted-distributable', languages: ['go'], cloudProviders: ['on-prem'] }],
  ['library published to a registry', { archetype: 'library-or-cli', languages: ['rust'] }],
];

function build(spec: ProfileSpec) {
  const p = makeProfile(spec);
  const decisions = decideAll(p);
  return { decisions, model: deriveModel(p, decisions) };
}

describe('derived tables come only from decisions', () => {
  it.each(FIXTURES)('%s', (_name, spec) => {
    const { decisions, model } = build(spec);
    expect(derivedMismatches(decisions, model)).toEqual([]);
  });

  it('"shared staging only" draws no Preview environment', () => {
    const { model } = build(FIXTURES[0][1]);
    expect(model.environments.map((e) => e.id)).not.toContain('preview');
  });

  it('automatic promotion draws no approval gate', () => {
    const { decisions, model } = build(FIXTURES[1][1]);
    expect(decisions.find((d) => d.id === 'cicd.promotion')?.choice).toBe('auto-promote');
    expect(model.pipelines[0].stages.filter((s) => s.approval)).toEqual([]);
  });

  it('a single server costs no NAT gateway and no standby region, and a WAF only because one was decided', () => {
    const { decisions, model } = build(FIXTURES[2][1]);
    const items = model.costLines.map((c) => c.item);
    expect(items.filter((i) => /NAT|standby/i.test(i))).toEqual([]);
    const waf = decisions.find((d) => d.id === 'network.waf');
    expect(items.some((i) => /firewall/i.test(i))).toBe(!!waf && !waf.attributes?.none && !!waf.attributes?.charges?.includes('webAcl'));
  });

  it('a shipped product without a backend has no hosted environments and no logs to pay for, and its pipeline publishes a release', () => {
    const { model } = build({ archetype: 'embedded-device', languages: ['c'] });
    expect(model.environments.map((e) => e.id).filter((id) => ['dev', 'staging', 'prod', 'preview'].includes(id))).toEqual([]);
    const stages = model.pipelines[0].stages.map((s) => s.id);
    expect(stages.filter((s) => s.startsWith('deploy-'))).toEqual([]);
    expect(stages).toContain('publish');
    expect(model.costLines.map((c) => c.item).filter((i) => /Logs|Observability/.test(i))).toEqual([]);
  });

  it('no worker, queue or cache without a fact', () => {
    for (const [, spec] of FIXTURES) {
      const { model } = build(spec);
      expect(model.compute.filter((c) => c.role === 'worker')).toEqual([]);
      expect(model.dataStores.filter((d) => d.kind === 'queue' || d.kind === 'cache')).toEqual([]);
    }
  });

  it.each<[string, number, (m: ReturnType<typeof build>['model']) => ReturnType<typeof build>['model'], RegExp]>([
    [
      'a Preview environment beside shared staging',
      0,
      (m) => ({
        ...m,
        environments: [...m.environments, { id: 'preview', name: 'Preview', purpose: 'p', isolation: 'i', promotesTo: null }],
      }),
      /Preview environment beside/,
    ],
    [
      'an approval gate beside automatic promotion',
      1,
      (m) => ({
        ...m,
        pipelines: m.pipelines.map((p) => ({ ...p, stages: p.stages.map((s) => ({ ...s, approval: s.id === 'deploy-prod' })) })),
      }),
      /approval gate drawn beside promotion = auto-promote/,
    ],
    [
      'a standby region costed beside backup and restore',
      2,
      (m) => ({
        ...m,
        costLines: [
          ...m.costLines,
          { item: 'Standby capacity in the secondary region', monthlyLow: 1, monthlyHigh: 2, basis: 'b', from: ['dr.strategy-tier'] },
        ],
      }),
      /Standby capacity in the secondary region costed beside DR tier/,
    ],
    [
      'a default worker',
      0,
      (m) => ({
        ...m,
        compute: [
          ...m.compute,
          {
            id: 'worker',
            name: 'Background worker',
            tech: 'ecs',
            zone: 'private',
            role: 'worker',
            scaling: 's',
            from: ['compute.background-jobs'],
          },
        ],
      }),
      /worker/,
    ],
  ])('the check objects to %s', (_name, fixture, breakIt, message) => {
    const { decisions, model } = build(FIXTURES[fixture][1]);
    expect(derivedMismatches(decisions, breakIt(model)).join('\n')).toMatch(message);
  });
});
