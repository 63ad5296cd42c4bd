// Budget: only a stated ceiling or target for infrastructure spend counts, never revenue, prices or one line item.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const budgets = (body: string) => profileOf(prd(body)).budget.map((b) => [b.monthly, b.currency]);

describe('budget', () => {
  it.each([
    [
      '- **NFR10:** Total cloud infrastructure cost (excluding Stripe fees and SMS charges) shall stay under €1,500 per month.',
      1500,
      'EUR',
    ],
    ['- AWS Budgets alert at 80 % of the monthly infrastructure budget (€1,500 in year one).', 1500, 'EUR'],
    ['- Cost Control: €35/month MVP (Next.js + Supabase) scaling later.', 35, 'EUR'],
    ['- Cloud spend must not exceed $800/month.', 800, 'USD'],
    ['- Hosting costs up to $200/month are acceptable.', 200, 'USD'],
  ])('a ceiling or target: %s', (text, monthly, currency) => {
    expect(budgets(text)).toEqual([[monthly, currency]]);
  });

  it.each([
    ['- Reach €45,000 monthly recurring revenue by year two.'],
    ['- Achieve €35K monthly recurring revenue (100 customers).'],
    ['- A platform fee of 4 % plus a €49–€149/month subscription per marina.'],
    ['- Platform shall maintain operational cost structure supporting €149-349/month pricing tiers.'],
    ['- Primary VPS: DigitalOcean Singapore - $20/month initially.'],
    ['- WorldTides provider (paid, per-request credits, roughly €20/month at launch volume).'],
    ['- Senior engineer salary of $12,000/month.'],
  ])('not a budget: %s', (text) => {
    expect(budgets(text)).toEqual([]);
  });

  it('reads a cost table total but not its line items, nor an estimate measured against the ceiling', () => {
    const table =
      '## Cost Estimate\n\n| Item | Monthly cost |\n|------|------|\n| RDS PostgreSQL | $330/month |\n| **Total** | **$900/month** |\n\nTotal ≈ €1,400/month, under the €1,500 ceiling.';
    expect(budgets(table)).toEqual([[900, 'USD']]);
  });
});
