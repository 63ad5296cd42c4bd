// Rule: a database, cache or search store reachable from the internet.
import { defineRule } from '../rule.js';
import { kb } from '../../knowledge/active.js';

export default defineRule({
  meta: {
    id: 'public-database-endpoint',
    category: 'security-implementation',
    title: 'Data store reachable from the internet',
    description: 'A database, cache, search or vector store in the model has a public endpoint.',
    why: 'Public database endpoints are scanned within minutes of creation; one weak or leaked password, or an unpatched server, exposes all the data. Network isolation is the control that does not depend on every credential staying secret.',
    detection:
      'Each data store other than object storage, queues and API-by-design services (Firestore, DynamoDB, Convex, CloudKit, Cosmos DB, Pinecone) whose model entry has publicEndpoint: yellow, red when regulated data (HIPAA, PCI-DSS, FedRAMP) is in scope.',
    mitigation:
      "Put the store on a private network (VPC, private endpoint, private service connect, the PaaS's private networking) or at least restrict it to known IP ranges, require TLS, and reach it from the application only.",
    falsePositives:
      "The provider's model is a public endpoint with per-request authorisation by design (Firestore, DynamoDB, Supabase through its API gateway with row-level security), and direct database connections are disabled or IP-restricted.",
    docs: ['https://cheatsheetseries.owasp.org/cheatsheets/Database_Security_Cheat_Sheet.html'],
    resolvedBy: 'network.private-connectivity',
    messages: {
      publicEndpoint: '{store} ({tech}) has a public endpoint.',
      publicEndpointRegulated: '{store} ({tech}) has a public endpoint and holds regulated data.',
    },
  },
  check(ctx) {
    const regulated = !!ctx.regulated();
    return ctx.model.dataStores
      .filter((d) => d.publicEndpoint && d.kind !== 'object' && d.kind !== 'queue' && !kb().hasTrait(d.tech, 'api-only-access'))
      .map((d) => ({
        subject: d.tech,
        signal: { impact: 3 as const, likelihood: 2 as const, regulated, basis: 'stated' as const },
        evidence: { facts: [...ctx.decisionFacts('network.private-connectivity'), ...(ctx.v.committed(d.tech) ?? [])], model: [d.id] },
        messageId: regulated ? 'publicEndpointRegulated' : 'publicEndpoint',
        data: { store: d.name, tech: d.tech },
      }));
  },
});
