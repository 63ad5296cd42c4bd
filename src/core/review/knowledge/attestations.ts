// Which platforms offer the contracts and attestations a regulated workload needs (as providers publish them; verify at purchase).
/**
 * `standard`: offered to ordinary accounts (sign the BAA / download the AoC).
 * `plan`: offered only on particular plans, add-ons or enterprise contracts, so the plan has to be confirmed.
 * `self`: the organisation runs the hardware and carries the controls itself.
 * A provider absent from a regime's table has no such offering this knowledge base knows of.
 */
export type Attestation = 'standard' | 'plan' | 'self';

export const REGULATED_REGIMES = ['hipaa', 'pci-dss', 'fedramp'] as const;
export type RegulatedRegime = (typeof REGULATED_REGIMES)[number];

const HYPERSCALE = { aws: 'standard', azure: 'standard', gcp: 'standard', 'oracle-cloud': 'standard', 'ibm-cloud': 'standard' } as const;

export const ATTESTATIONS: Record<RegulatedRegime, Record<string, Attestation>> = {
  // HIPAA: a Business Associate Agreement must cover every service that stores or processes PHI.
  hipaa: {
    ...HYPERSCALE,
    'on-prem': 'self',
    heroku: 'plan', // Heroku Shield
    vercel: 'plan',
    supabase: 'plan', // HIPAA add-on
    render: 'plan',
    'fly-io': 'plan',
    cloudflare: 'plan',
    firebase: 'plan', // only the Firebase products covered by the Google Cloud BAA
    convex: 'plan',
  },
  // PCI-DSS: a service provider Attestation of Compliance for the part of the platform in the card data environment.
  'pci-dss': {
    ...HYPERSCALE,
    'on-prem': 'self',
    cloudflare: 'standard',
    heroku: 'plan',
    vercel: 'plan',
  },
  // FedRAMP: an authorisation at the required impact level.
  fedramp: {
    ...HYPERSCALE,
    'on-prem': 'self',
    cloudflare: 'plan',
  },
};

export const REGIME_TITLES: Record<RegulatedRegime, { name: string; paper: string }> = {
  hipaa: { name: 'HIPAA', paper: 'Business Associate Agreement (BAA)' },
  'pci-dss': { name: 'PCI-DSS', paper: 'service-provider Attestation of Compliance (AoC)' },
  fedramp: { name: 'FedRAMP', paper: 'FedRAMP authorisation' },
};

export function attestation(regime: RegulatedRegime, provider: string): Attestation | null {
  return ATTESTATIONS[regime][provider] ?? null;
}
