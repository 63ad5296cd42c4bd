// Controls each compliance regime asks of infrastructure, and the decision points that can meet them.

export interface Control {
  id: string;
  title: string;
  /** Decision points whose choice implements the control. */
  points: string[];
}

export const CONTROLS: Record<string, Control> = {
  'enc-rest': { id: 'enc-rest', title: 'Encryption at rest with managed keys', points: ['security.encryption'] },
  'enc-transit': {
    id: 'enc-transit',
    title: 'Encryption in transit (TLS 1.2+) everywhere',
    points: ['security.encryption', 'network.edge', 'network.ingress'],
  },
  access: {
    id: 'access',
    title: 'Least-privilege access, SSO and MFA for people',
    points: ['security.identity', 'security.workload-access'],
  },
  secrets: { id: 'secrets', title: 'Secrets kept in a managed store, rotated', points: ['security.secrets'] },
  audit: { id: 'audit', title: 'Audit logs retained and protected from tampering', points: ['observability.logging'] },
  monitoring: { id: 'monitoring', title: 'Security monitoring and alerting', points: ['observability.alerting', 'observability.metrics'] },
  backup: { id: 'backup', title: 'Backups with tested restores', points: ['data.backup', 'dr.testing'] },
  dr: { id: 'dr', title: 'Business continuity and disaster recovery plan', points: ['dr.strategy-tier', 'dr.failover'] },
  residency: { id: 'residency', title: 'Data stays in the permitted jurisdiction', points: ['data.residency', 'cloud.region-strategy'] },
  segmentation: {
    id: 'segmentation',
    title: 'Network segmentation of sensitive systems',
    points: ['network.topology', 'network.private-connectivity'],
  },
  waf: { id: 'waf', title: 'Web application firewall in front of public endpoints', points: ['network.waf'] },
  vuln: { id: 'vuln', title: 'Vulnerability and supply-chain management', points: ['security.supply-chain'] },
  change: {
    id: 'change',
    title: 'Reviewed, approved and traceable changes',
    points: ['cicd.promotion', 'collaboration.change-management'],
  },
  baa: { id: 'baa', title: 'Business associate agreement with every provider holding PHI', points: ['cloud.primary-platform'] },
  erasure: { id: 'erasure', title: 'Retention limits and erasure on request', points: ['data.backup', 'data.residency'] },
  fips: { id: 'fips', title: 'FIPS 140-validated cryptographic modules', points: ['security.encryption'] },
};

export const REGIME_CONTROLS: Record<string, string[]> = {
  gdpr: ['enc-rest', 'enc-transit', 'access', 'residency', 'erasure', 'audit', 'backup'],
  hipaa: ['baa', 'enc-rest', 'enc-transit', 'access', 'audit', 'monitoring', 'backup', 'dr'],
  'pci-dss': ['segmentation', 'waf', 'enc-rest', 'enc-transit', 'access', 'secrets', 'audit', 'monitoring', 'vuln', 'change'],
  soc2: ['access', 'change', 'monitoring', 'audit', 'backup', 'vuln', 'dr'],
  iso27001: ['access', 'secrets', 'audit', 'backup', 'vuln', 'change', 'segmentation', 'dr'],
  fedramp: ['residency', 'fips', 'access', 'segmentation', 'audit', 'monitoring', 'vuln', 'change', 'dr'],
  fisma: ['fips', 'access', 'audit', 'monitoring', 'vuln', 'change', 'dr'],
  ccpa: ['erasure', 'access', 'enc-rest'],
  nis2: ['monitoring', 'vuln', 'backup', 'dr', 'access', 'change'],
  dora: ['dr', 'backup', 'monitoring', 'change', 'vuln'],
  'cyber-essentials': ['segmentation', 'access', 'vuln', 'secrets'],
  fips: ['fips', 'enc-rest', 'enc-transit'],
};

/** Controls every system needs, used when no regime is stated. */
export const BASELINE_CONTROLS = ['enc-rest', 'enc-transit', 'access', 'secrets', 'audit', 'backup'];
