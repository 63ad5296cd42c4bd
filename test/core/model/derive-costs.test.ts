// Cost lines charge only what the design has: components from catalogue bands, and what the decisions chose to add.
import { afterEach, describe, expect, it } from 'vitest';
import { deriveCosts, scaleTier } from '../../../src/core/model/derive-costs.js';
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

  it('sizes from the stated peak rather than from registered users', () => {
    expect(scaleTier(makeProfile({ users: 150_000 })).factor).toBe(8);
    expect(scaleTier(makeProfile({ users: 150_000, concurrentUsers: 600 })).factor).toBe(2);
    expect(scaleTier(makeProfile()).factor).toBe(1);
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
