// Cost lines charge only what the design has: components from catalogue bands, and what the decisions chose to add.
import { afterEach, describe, expect, it } from 'vitest';
import { deriveCostPlan, deriveCosts } from '../../../src/core/model/derive-costs.js';
import { costCuts } from '../../../src/core/model/cost-cuts.js';
import { store, unit, env } from '../../helpers/make-model.js';
import { DecisionLookup } from '../../../src/core/model/decision-lookup.js';
import { costAgainstBudget } from '../../../src/core/model/cost-budget.js';
import { builtinCatalogue, useCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';
import { makeDecisions, makeModel } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

const items = (choices: Record<string, string>, over: Parameters<typeof makeModel>[0] = {}) =>
  deriveCosts(makeProfile(), makeModel(over), new DecisionLookup(makeDecisions(choices))).map((l) => l.from?.[0] ?? l.item);

afterEach(() => useCatalogue(null));

describe('deriveCosts', () => {
  it.each([
    ['no network decision', {}, [], ['network.topology', 'network.ingress', 'network.waf']],
    ['private subnets', { 'network.topology': 'tiered-virtual-network' }, ['network.topology'], ['network.ingress']],
    ['a load balancer', { 'network.ingress': 'alb' }, ['network.ingress'], ['network.topology']],
    ['a managed WAF', { 'network.waf': 'aws-waf' }, ['network.waf'], []],
    ['rate limiting only (no WAF)', { 'network.waf': 'app-rate-limiting' }, [], ['network.waf']],
    ['a PaaS network', { 'network.topology': 'paas-managed' }, [], ['network.topology']],
  ])('%s', (_, choices, present, absent) => {
    const got = items(choices);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('charges a standby region only for a tier that keeps something running there', () => {
    const regions = [
      { id: 'eu-west-1', role: 'primary' as const },
      { id: 'eu-central-1', role: 'secondary' as const },
    ];
    expect(items({ 'dr.strategy-tier': 'backup-restore' }, { regions })).not.toContain('dr.strategy-tier');
    expect(items({ 'dr.strategy-tier': 'warm-standby' }, { regions })).toContain('dr.strategy-tier');
    expect(items({ 'dr.strategy-tier': 'warm-standby' })).not.toContain('dr.strategy-tier');
  });

  it.each([
    [
      'a NAT gateway serves the private units that reach out through it',
      'network.topology',
      'tiered-virtual-network',
      /, for api and jobs \(/,
    ],
    ['a load balancer serves the units users reach', 'network.ingress', 'alb', /, for api \(/],
  ])('%s', (_name, point, option, want) => {
    const model = makeModel({
      compute: [unit('api', 'ecs'), unit('jobs', 'ecs', { role: 'worker' })],
      flows: [{ from: 'users', to: 'api', label: 'HTTPS' }],
    });
    const lines = deriveCosts(makeProfile(), model, new DecisionLookup(makeDecisions({ [point]: option })));
    expect(lines.find((l) => l.from?.[0] === point)?.basis).toMatch(want);
  });

  it('charges each sized unit its instances at the catalogue instance price, not a band times a factor', () => {
    const profile = makeProfile({ users: 150_000, concurrentUsers: 600 });
    const model = makeModel({ compute: [unit('api', 'ecs'), unit('jobs', 'ecs', { role: 'worker' })] });
    const lines = deriveCosts(profile, model, new DecisionLookup([]));
    const inst = builtinCatalogue().price('hyperscalerInstance');
    // 600 concurrent users → 120 requests/s → ×2 headroom / 50 per instance → 5 API instances; the worker half of it.
    expect(lines.find((l) => l.item === 'api')).toMatchObject({ monthlyLow: 2 * inst, monthlyHigh: 5 * inst });
    expect(lines.find((l) => l.item === 'jobs')).toMatchObject({ monthlyLow: inst, monthlyHigh: 3 * inst });
    expect(lines.find((l) => l.item === 'api')?.basis).toMatch(
      /^2–5 × 1 vCPU \/ 2 GB on Amazon ECS at \$35 \(hyperscaler instance, list price \d{4}-\d{2}\)$/,
    );
  });

  it.each([
    ["on the team's own servers", 'on-prem', false],
    ['on a hyperscaler', 'aws', true],
  ])('prices compute %s only when there is a monthly bill for it', (_, platform, charged) => {
    const model = makeModel({ platform: { primary: platform, providers: [platform] }, compute: [unit('api', 'docker')] });
    expect(deriveCosts(makeProfile(), model, new DecisionLookup([])).some((l) => l.item === 'api')).toBe(charged);
  });

  it('doubles databases and caches across zones for a 99.9 % target and adds the stated volume as storage', () => {
    const gb = [{ kind: 'data-volume-gb' as const, value: 100, text: '100 GB', evidence: [] }];
    const model = makeModel({ dataStores: [store('db', 'postgresql'), store('cache', 'redis', { kind: 'cache' })] });
    const one = deriveCosts(makeProfile({ scale: gb }), model, new DecisionLookup([]));
    const two = deriveCosts(makeProfile({ scale: gb, availability: 99.9 }), model, new DecisionLookup([]));
    const db = builtinCatalogue().price('managedDatabase');
    expect(one.find((l) => l.item === 'db')?.monthlyHigh).toBe(Math.round(db + 100 * 0.115));
    expect(two.find((l) => l.item === 'db')?.monthlyHigh).toBe(Math.round(2 * db + 200 * 0.115));
    expect(two.find((l) => l.item === 'cache')?.monthlyHigh).toBe(2 * one.find((l) => l.item === 'cache')!.monthlyHigh);
  });

  it('prices each non-production environment at its own size, below production', () => {
    const model = makeModel({ environments: [env('local'), env('dev', 'staging'), env('staging', 'prod'), env('prod')] });
    const lines = deriveCosts(makeProfile({ concurrentUsers: 600 }), model, new DecisionLookup([]));
    const envs = lines.filter((l) => l.item.endsWith(' environment'));
    expect(envs.map((l) => l.item)).toEqual(['dev environment', 'staging environment']);
    expect(envs[0].monthlyHigh).toBeLessThan(envs[1].monthlyHigh);
    expect(envs[1].monthlyHigh).toBeLessThan(
      lines.filter((l) => l.item === 'api' || l.item === 'db').reduce((s, l) => s + l.monthlyHigh, 0),
    );
  });

  it.each([
    ['under budget', 5000, []],
    ['over budget, pilot light within the RTO', 400, ['dr.strategy-tier', 'cost.non-prod-savings', 'cost.pricing-model']],
  ])('names the cuts only when the high estimate is %s', (_, budget, from) => {
    const profile = makeProfile({ concurrentUsers: 600, budget, rtoMinutes: 60 });
    const regions = [
      { id: 'eu-west-1', role: 'primary' as const },
      { id: 'eu-central-1', role: 'secondary' as const },
    ];
    const model = makeModel({ regions, compute: [unit('api', 'ecs')] });
    const l = new DecisionLookup(makeDecisions({ 'dr.strategy-tier': 'warm-standby' }));
    const plan = deriveCostPlan(profile, model, l);
    const cuts = costCuts(profile, { costLines: plan.lines, regions }, plan);
    expect(cuts.map((c) => c.from?.[0]).sort()).toEqual([...from].sort());
    for (let i = 1; i < cuts.length; i++) expect(cuts[i].savesMonthly).toBeLessThanOrEqual(cuts[i - 1].savesMonthly);
    if (cuts.length) expect(cuts.find((c) => c.from?.[0] === 'dr.strategy-tier')?.cut).toMatch(/pilot light in eu-central-1/i);
  });

  it('does not offer a pilot light when its recovery time would break the stated RTO', () => {
    const profile = makeProfile({ concurrentUsers: 600, budget: 100, rtoMinutes: 15 });
    const regions = [
      { id: 'eu-west-1', role: 'primary' as const },
      { id: 'eu-central-1', role: 'secondary' as const },
    ];
    const model = makeModel({ regions });
    const plan = deriveCostPlan(profile, model, new DecisionLookup(makeDecisions({ 'dr.strategy-tier': 'warm-standby' })));
    expect(costCuts(profile, { costLines: plan.lines, regions }, plan).map((c) => c.from?.[0])).not.toContain('dr.strategy-tier');
  });

  it('reads every price from the catalogue in force', () => {
    const base = builtinCatalogue().data;
    const nat = base.prices.natGateway;
    useCatalogue(new Catalogue(mergeCatalogue(base, { prices: { natGateway: { ...nat, usd: 99 } } })));
    const lines = deriveCosts(
      makeProfile(),
      makeModel(),
      new DecisionLookup(makeDecisions({ 'network.topology': 'tiered-virtual-network' })),
    );
    expect(lines.find((l) => l.from?.[0] === 'network.topology')?.monthlyHigh).toBe(99);
  });
});

describe('costAgainstBudget', () => {
  it.each([
    ['USD', 1000, 900, true],
    ['USD', 1000, 1100, false],
    // 1,100 USD is under 1,000 EUR at the catalogue rate (an euro is worth more than a dollar).
    ['EUR', 1000, 1100, true],
    ['EUR', 1000, 1300, false],
  ])('%s %d budget against a %d USD high estimate', (currency, monthly, high, within) => {
    const profile = makeProfile();
    profile.budget = [{ monthly, currency, text: `${monthly} ${currency}`, evidence: [] }];
    const check = costAgainstBudget({ costLines: [{ item: 'x', monthlyLow: 0, monthlyHigh: high, basis: '' }] }, profile)!;
    expect(check.highWithin).toBe(within);
    expect(check.rate === null).toBe(currency === 'USD');
  });

  it('cannot compare a currency the catalogue has no rate for', () => {
    const profile = makeProfile();
    profile.budget = [{ monthly: 100, currency: 'XYZ', text: '100 XYZ', evidence: [] }];
    expect(costAgainstBudget({ costLines: [] }, profile)?.highWithin).toBeNull();
  });
});
