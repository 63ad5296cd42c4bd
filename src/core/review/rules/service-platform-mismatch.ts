// Rule: a provider-specific managed service in the model that the chosen platforms do not offer.
import { defineRule, type Finding } from '../rule.js';
import { kb } from '../../knowledge/active.js';
import { techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'service-platform-mismatch',
    category: 'technology-constraints',
    title: 'Managed service from a provider the architecture does not use',
    description:
      "A compute or data element uses a service that exists on one provider only (Cloud Run, Lambda, DynamoDB, Cosmos DB…) and that provider is not one of the architecture's platforms.",
    why: 'Either the service cannot run where the rest of the system runs, or a second provider is silently part of the architecture, with its own account, IAM, billing, network path and compliance scope.',
    detection:
      'Compute element on another provider: red (it cannot run there). Data element on another provider: yellow, green for services commonly reached over the internet from anywhere (S3, GCS, R2, BigQuery, SNS/SQS).',
    mitigation:
      "Replace the element with the platform's equivalent, or make the second provider explicit (account, network path, IAM, compliance scope).",
    falsePositives: 'The other provider is used deliberately for this one service and is listed as a provider in the inputs.',
    docs: [],
    resolvedBy: 'cloud.managed-services',
    messages: {
      otherProvider: '{element} uses {tech}, a {owner} service, while the architecture runs on {providers}.',
    },
  },
  check(ctx) {
    const providers = ctx.providers();
    if (!providers.length) return [];
    const elements = [
      ...ctx.model.compute.map((c) => ({ id: c.id, name: c.name, tech: c.tech, compute: true })),
      ...ctx.model.dataStores.map((d) => ({ id: d.id, name: d.name, tech: d.tech, compute: false })),
    ];
    const c = kb();
    return elements
      .map((e) => ({ ...e, owner: c.soleProvider(e.tech) }))
      .filter((e): e is typeof e & { owner: string } => !!e.owner && !providers.some((p) => c.sameAccount(p, e.owner!)))
      .map((e) => ({
        subject: e.tech,
        signal: signalOf(!!e.compute, c.hasTrait(e.tech, 'reachable-anywhere')),
        evidence: { facts: techFacts(ctx, e.tech), model: [e.id] },
        messageId: 'otherProvider',
        data: { element: e.name, tech: e.tech, owner: e.owner, providers: providers.join(', ') },
      }));
  },
});

/**
 * The one severity function of this rule: compute on another provider's service is a certain outage and cost risk; a
 * service reachable from anywhere is minor friction; any other cross-provider service probable rework.
 */
function signalOf(compute: boolean, reachableAnywhere: boolean): Finding['signal'] {
  if (compute) return { impact: 3, likelihood: 3, basis: 'stated' };
  return reachableAnywhere ? { impact: 1, likelihood: 2, basis: 'stated' } : { impact: 2, likelihood: 2, basis: 'stated' };
}
