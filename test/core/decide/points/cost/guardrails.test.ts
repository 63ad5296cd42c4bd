// Table-driven tests for cost.guardrails: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'cost.guardrails';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: budgets with alerts (on the assumed PaaS, no anomaly detection)', {}, 'budgets-alerts', ['anomaly-detection']],
    [
      'AWS microservices with 50k users: anomaly detection',
      { cloudProviders: ['aws'], users: 50000, style: 'microservices' },
      'anomaly-detection',
    ],
    ['Vercel on $100 a month: hard caps', { cloudProviders: ['vercel'], budget: 100 }, 'hard-spend-caps', ['anomaly-detection']],
    [
      'Vercel at 99.9 %: alerts rather than a cap that stops the service',
      { cloudProviders: ['vercel'], budget: 1000, availability: 99.9 },
      'budgets-alerts',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
