// Table-driven tests for security.encryption: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'security.encryption';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing regulated: provider-managed keys', {}, 'provider-managed-keys'],
    ['PCI-DSS: field-level encryption of card data', { cloudProviders: ['aws'], compliance: ['pci-dss'] }, 'field-level-encryption'],
    ['HIPAA on AWS: customer-managed keys', { cloudProviders: ['aws'], compliance: ['hipaa'] }, 'customer-managed-keys'],
    ['SOC 2 on AWS: customer-managed keys', { cloudProviders: ['aws'], compliance: ['soc2'] }, 'customer-managed-keys'],
    ['GDPR on Vercel + Supabase: provider keys', { cloudProviders: ['vercel', 'supabase'], compliance: ['gdpr'] }, 'provider-managed-keys'],
    [
      'HIPAA on a PaaS: the application controls the keys',
      { cloudProviders: ['railway'], compliance: ['hipaa'] },
      'field-level-encryption',
    ],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
