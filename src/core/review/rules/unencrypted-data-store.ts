// Rule: a stateful store without encryption at rest.
import { defineRule, type Finding } from '../rule.js';

export default defineRule({
  meta: {
    id: 'unencrypted-data-store',
    category: 'security-implementation',
    title: 'Data store without encryption at rest',
    description: 'A relational, document, object, search or vector store in the model is not encrypted at rest.',
    why: 'Encryption at rest protects against lost disks, leaked snapshots and mis-shared backups. HIPAA treats it as an addressable safeguard that is expected in practice, PCI-DSS requires stored card data to be unreadable, and most managed services offer it for free.',
    detection: 'A stateful store with encrypted: false in the model: yellow, red with regulated data (impact and likelihood raised).',
    mitigation:
      'Enable provider-managed encryption (or customer-managed keys where the regime asks) on the store, its snapshots and its backups.',
    falsePositives: 'The store only holds public or derived data, or encryption is done by the application before writing.',
    docs: [
      'https://www.hhs.gov/hipaa/for-professionals/security/guidance/index.html',
      'https://www.pcisecuritystandards.org/document_library/',
    ],
    resolvedBy: 'security.encryption',
    messages: {
      unencrypted: '{store} ({tech}) is not encrypted at rest.',
      unencryptedRegulated: '{store} ({tech}) is not encrypted at rest while {regimes} applies.',
    },
  },
  check(ctx) {
    const regulated = !!ctx.regulated();
    return ctx.model.dataStores
      .filter((d) => !d.encrypted && d.kind !== 'cache' && d.kind !== 'queue')
      .map((d) => ({
        subject: d.tech,
        signal: signalOf(regulated),
        evidence: { facts: [...ctx.decisionFacts('security.encryption'), ...(ctx.regulated()?.evidence ?? [])], model: [d.id] },
        messageId: regulated ? 'unencryptedRegulated' : 'unencrypted',
        data: { store: d.name, tech: d.tech, ...(regulated ? { regimes: ctx.regulated()!.ids.join(', ') } : {}) },
      }));
  },
});

/** The one severity function of this rule: regulated data unencrypted at rest is a certain finding (red); other data probable rework. */
function signalOf(regulated: boolean): Finding['signal'] {
  return regulated ? { impact: 3, likelihood: 3, regulated, basis: 'stated' } : { impact: 2, likelihood: 2, basis: 'stated' };
}
