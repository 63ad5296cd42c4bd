// Derived tables follow the chosen options' typed attributes: environments, pipeline gates, regions, optional stores.
import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../../src/core/decide/decide.js';
import { POINTS } from '../../../src/core/decide/registry.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import type { InfraModel, ModelRef, OperationRole, UserInput } from '../../../src/core/types.js';
import type { PointId } from '../../../src/core/decide/point-ids.js';
import { refName } from '../../../src/core/model/model-ref.js';
import { kb } from '../../../src/core/knowledge/active.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const WEB: ProfileSpec = {
  cloudProviders: ['aws'],
  compute: ['ecs'],
  dataStores: ['postgresql'],
  frameworks: ['react'],
  languages: ['python'],
  regions: ['eu-west-1'],
};

function build(spec: ProfileSpec, choices: Record<string, string> = {}) {
  const user: UserInput = { ...emptyUserInput(), choices };
  const p = makeProfile(spec);
  const decisions = decideAll(p, user);
  return { decisions, model: deriveModel(p, decisions) };
}

describe('typed option attributes reach the model', () => {
  it("every decision carries its chosen option's attributes", () => {
    const { decisions } = build(WEB);
    for (const d of decisions) {
      const def = POINTS.find((p) => p.meta.id === d.id)!.options.find((o) => o.id === d.choice);
      expect(d.attributes, d.id).toEqual(def?.attrs ?? {});
    }
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'three stages',
      { 'environments.layout': 'dev-staging-prod', 'environments.previews': 'shared-staging' },
      ['local', 'dev', 'staging', 'prod'],
    ],
    ['two stages', { 'environments.layout': 'dev-prod', 'environments.previews': 'shared-staging' }, ['local', 'dev', 'prod']],
    [
      'previews added only when chosen',
      { 'environments.layout': 'dev-prod', 'environments.previews': 'per-pr-previews' },
      ['local', 'preview', 'dev', 'prod'],
    ],
    [
      'with acceptance stage',
      { 'environments.layout': 'dev-staging-prod-plus', 'environments.previews': 'shared-staging' },
      ['local', 'dev', 'staging', 'qa', 'prod'],
    ],
  ])('environments: %s', (_n, choices, envs) => {
    expect(build(WEB, choices).model.environments.map((e) => e.id)).toEqual(envs);
  });

  it.each<[string, boolean]>([
    ['auto-promote', false],
    ['manual-approval-gate', true],
    ['release-trains', false],
  ])('promotion %s draws an approval gate: %s', (choice, gate) => {
    const prod = build(WEB, { 'cicd.promotion': choice }).model.pipelines[0].stages.find((s) => s.id === 'deploy-prod');
    expect(prod?.approval).toBe(gate);
  });

  it.each<[string, boolean]>([
    ['backup-restore', false],
    ['pilot-light', true],
    ['warm-standby', true],
    ['active-active', true],
  ])('DR tier %s adds a secondary region: %s', (tier, second) => {
    const { model } = build(WEB, {
      'dr.strategy-tier': tier,
      'cloud.region-strategy': 'single-region-multi-az',
      'dr.backup-location': 'same-region-other-zone',
    });
    expect(model.regions.some((r) => r.role === 'secondary')).toBe(second);
  });

  it('adds no cache, queue or worker that no fact supports', () => {
    const { model } = build(WEB);
    expect(model.dataStores.map((d) => d.kind)).not.toContain('cache');
    expect(model.dataStores.map((d) => d.kind)).not.toContain('queue');
    expect(model.compute.map((c) => c.role)).not.toContain('worker');
  });

  it('draws a cache and a worker the inputs commit to', () => {
    const { model } = build({ ...WEB, dataStores: ['postgresql', 'redis', 'sqs'] });
    expect(model.dataStores.map((d) => d.tech)).toEqual(expect.arrayContaining(['redis', 'sqs']));
    expect(model.compute.map((c) => c.role)).toContain('worker');
  });

  it.each<[string, Record<string, string>, string | undefined]>([
    ['fixed capacity', { 'compute.scaling': 'fixed-capacity' }, 'fixed'],
    ['autoscaling', { 'compute.scaling': 'horizontal-autoscaling' }, 'autoscale'],
  ])('the API carries the scaling decision as a typed mode (%s)', (_name, choices, mode) => {
    const { model } = build(WEB, choices);
    expect(model.compute.find((c) => c.role === 'api')?.scalingMode).toBe(mode);
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['managed point-in-time recovery', { 'data.backup': 'managed-pitr' }, true],
    ['logical dumps', { 'data.backup': 'logical-dumps' }, false],
  ])('a database carries point-in-time recovery as a typed flag (%s)', (_name, choices, pitr) => {
    const { model } = build(WEB, choices);
    expect(model.dataStores.find((d) => d.kind === 'relational')?.pointInTime).toBe(pitr);
  });

  it.each<[string, ProfileSpec, ModelRef | null]>([
    ['an AWS stack', WEB, { tech: 'aws-waf' }],
    ['an AWS stack behind Cloudflare', { ...WEB, cloudProviders: ['aws', 'cloudflare'] }, { tech: 'cloudflare-waf' }],
    ['a Hetzner stack', { ...WEB, cloudProviders: ['hetzner'], compute: ['docker'] }, null],
  ])('without a WAF decision, %s gets the WAF record of its platform', (_name, spec, waf) => {
    const user: UserInput = { ...emptyUserInput() };
    const p = makeProfile(spec);
    const decisions = decideAll(p, user).filter((d) => d.id !== 'network.waf');
    expect(deriveModel(p, decisions).security.waf).toEqual(waf);
  });

  // The model holds who fills each role by id; names come only when rendering (refName), from the decision's title.
  type Role = keyof InfraModel['security'] | keyof InfraModel['observability'];
  it.each<[string, PointId, Role]>([
    ['sign-in', 'security.identity', 'identity'],
    ['secrets', 'security.secrets', 'secrets'],
    ['metrics', 'observability.metrics', 'metrics'],
    ['logs', 'observability.logging', 'logs'],
    ['traces', 'observability.tracing', 'traces'],
    ['alerting', 'observability.alerting', 'alerting'],
  ])('%s: the model holds the decision by id, else the platform family default by role', (_name, point, role) => {
    const p = makeProfile(WEB);
    const all = decideAll(p, emptyUserInput());
    const held = (m: InfraModel) => (role in m.security ? m.security[role as 'identity'] : m.observability[role as 'metrics']);
    const d = all.find((x) => x.id === point)!;
    const decided = held(deriveModel(p, all));
    expect(decided).toEqual({ point, option: d.choice });
    expect(refName(decided, all)).toBe(d.choiceTitle);
    const without = all.filter((x) => x.id !== point);
    const fallback = held(deriveModel(p, without));
    expect(fallback).toEqual({ family: 'aws', role });
    expect(refName(fallback, without)).toBe(kb().platformFamily('aws').operations[role as OperationRole]);
  });

  it('a WAF decision is held by id; a decision for none leaves no WAF', () => {
    const p = makeProfile(WEB);
    const all = decideAll(p, emptyUserInput());
    const waf = all.find((x) => x.id === 'network.waf')!;
    expect(deriveModel(p, all).security.waf).toEqual(waf.attributes?.none ? null : { point: 'network.waf', option: waf.choice });
    const none = { ...waf, choice: 'app-rate-limiting', attributes: { none: true } };
    expect(deriveModel(p, [...all.filter((x) => x !== waf), none]).security.waf).toBeNull();
  });
});
