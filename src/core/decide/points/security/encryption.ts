// Decision point: who holds the keys that encrypt data at rest, and which fields get extra protection.
import { definePoint } from '../../define-point.js';
import { stores, units } from '../../criteria.js';
import { settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'security.encryption',
    domain: 'security',
    title: 'Encryption at rest and key management',
    question: 'Are provider-managed keys enough, or must the organisation control keys (or encrypt fields itself)?',
    docs: 'Every serious platform encrypts storage by default. The question is key control: customer-managed keys allow revocation, rotation policy and key-use audit that PCI-DSS, HIPAA and public-sector auditors ask about; application-level field encryption keeps the most sensitive values opaque even to database administrators and backups. TLS in transit is assumed in every option.',
    assumption:
      'No compliance regime in the inputs asks for key control; provider-managed encryption at rest was assumed. Revisit if regulated data appears.',
    traces: ['security', 'compliance'],
    check: (_d, m) =>
      `HTTP redirects to HTTPS on every endpoint of ${units(m)}; the provider reports storage encryption on for ${stores(m)}.`,
  },
  options: [
    {
      id: 'provider-managed-keys',
      title: 'Provider-managed encryption keys',
      summary: 'Storage, databases and backups encrypted at rest with keys the platform creates and rotates.',
      pros: ['On by default, nothing to operate', 'No key-availability risk: a lost key cannot lock you out'],
      cons: ['No crypto-shredding or key-use audit of your own', 'Operators of the platform could in principle read data'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, compliance: -1 },
      fits: [
        { when: (c) => !c.v.anyCompliance(), weight: 2, because: 'no compliance regime in the inputs asks for key control' },
        { when: (c) => settledOn(c, 'paas'), weight: 2, because: 'PaaS plans rarely allow customer keys' },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'nothing to run for a small team' },
      ],
    },
    {
      id: 'customer-managed-keys',
      alsoMatches: ['kms', 'cloud-kms'],
      title: 'Customer-managed keys (KMS / HSM)',
      summary:
        "Data stores and backups encrypted with keys in the organisation's KMS (AWS KMS, Key Vault, Cloud KMS, Vault transit), with rotation and key-use audit.",
      pros: [
        'Key policies separate data access from key access; every use is logged',
        'Revoking the key makes data and backups unreadable (crypto-shredding)',
      ],
      cons: [
        'Deleting or disabling a key by mistake is an outage or data loss',
        'Per-key and per-request fees; cross-account and cross-region copies need key grants',
      ],
      costClass: 'low',
      complexity: 3,
      skills: ['KMS key policies'],
      leans: { compliance: 2, simplicity: -1, resilience: -1 },
      fits: [
        { when: (c) => c.v.regulated(), weight: 4, because: 'the regime expects documented key management and key-use audit' },
        {
          when: (c) => c.v.compliance('soc2', 'iso27001', 'nis2'),
          weight: 2,
          because: 'auditors look for key rotation and separation of duties',
        },
        { when: (c) => settledOn(c, 'paas'), weight: -3, because: 'PaaS plans rarely offer bring-your-own-key' },
      ],
    },
    {
      id: 'field-level-encryption',
      title: 'Application-level field encryption for regulated fields',
      summary:
        'Card data, health data or national ids encrypted (or tokenised) by the application before storage, keys held outside the database.',
      pros: ['Database dumps, replicas and backups never hold the plaintext', 'Shrinks the audit scope to the services that hold the key'],
      cons: ['Encrypted fields cannot be searched or indexed directly', 'Key rotation means re-encrypting rows; the code owns the crypto'],
      costClass: 'low',
      complexity: 3,
      skills: ['applied cryptography (envelope encryption)'],
      leans: { compliance: 2, simplicity: -1, speed: -1 },
      fits: [
        { when: (c) => c.v.compliance('pci-dss'), weight: 5, because: 'cardholder data must be unreadable wherever it is stored' },
        { when: (c) => c.v.compliance('hipaa'), weight: 3, because: 'PHI fields stay protected in every copy of the database' },
        {
          when: (c) => c.v.regulated() && settledOn(c, 'paas'),
          weight: 3,
          because: 'on PaaS the application is the only place to control keys',
        },
      ],
    },
  ],
});
