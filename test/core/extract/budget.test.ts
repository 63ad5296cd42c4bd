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
    ['- Keep the whole cloud bill under $300/month.', 300, 'USD'],
    ['- Hosting must cost less than $50/month.', 50, 'USD'],
    ['- A hard cost cap of £250 per month applies to every environment.', 250, 'GBP'],
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
    ['- A second availability zone would add $40/month to the infrastructure cost.'],
    ['- Managed Redis: $15/month (rejected for MVP cost).'],
    ['- The hosting cost is $25/month versus $80/month for the managed option.'],
    ['- Moving the workers to spot capacity saves $200/month in cloud spend.'],
    ['- Expected ROI of $3,000/month once the platform cost is paid back.'],
    ['- Competitors spend about $5,000/month on hosting alone.'],
  ])('not a budget: %s', (text) => {
    expect(budgets(text)).toEqual([]);
  });

  it.each([
    ['- The annual infrastructure budget is $6,000.', 500, '$6,000'],
    ['- Cloud spend must not exceed €18,000 per year.', 1500, '€18,000 per year'],
    ['- Yearly hosting budget: £1,200', 100, '£1,200'],
    ['- Total infrastructure budget of $2,400/year.', 200, '$2,400/year'],
  ])('a yearly figure counts as a twelfth per month and keeps its text: %s', (text, monthly, quoted) => {
    const b = profileOf(prd(text)).budget;
    expect(b.map((x) => x.monthly)).toEqual([monthly]);
    expect(b[0].text).toContain(quoted);
  });

  it('reads a cost table total but not its line items, nor an estimate measured against the ceiling', () => {
    const table =
      '## Cost Estimate\n\n| Item | Monthly cost |\n|------|------|\n| RDS PostgreSQL | $330/month |\n| **Total** | **$900/month** |\n\nTotal ≈ €1,400/month, under the €1,500 ceiling.';
    expect(budgets(table)).toEqual([[900, 'USD']]);
  });
});
