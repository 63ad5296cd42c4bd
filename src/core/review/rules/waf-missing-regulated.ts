// Rule: a public web entry point for regulated data with no web application firewall.
import { defineRule, type Finding } from '../rule.js';
import { isBackendAsAService } from '../../model/tech-catalog.js';
import { BAAS_RUNTIME } from '../../decide/platform-family.js';

/** A back end the provider runs behind its own API (a platform that is also the database): no entry point of ours to put a WAF in front of. */
const providerBackend = (tech: string) => tech === BAAS_RUNTIME || isBackendAsAService(tech);

export default defineRule({
  meta: {
    id: 'waf-missing-regulated',
    category: 'security-implementation',
    title: 'Public entry point of a regulated system without a WAF',
    description: 'Regulated data is in scope, the system has a public or edge zone, and no web application firewall is chosen.',
    why: 'PCI-DSS 4.0 requirement 6.4.2 asks for an automated solution that detects and blocks web attacks in front of public-facing applications; for HIPAA and FedRAMP systems a WAF is the expected compensating control for injection and bot traffic.',
    detection:
      "Regulated regime, an edge or public zone (or any compute) in the model, and the model's WAF empty or none and no network.waf decision for one: PCI-DSS red, others yellow.",
    mitigation:
      "Put the provider's WAF (AWS WAF, Azure Front Door WAF, Cloud Armor, Cloudflare WAF) in front of the public endpoints with the managed OWASP rule set, in blocking mode after a tuning period.",
    falsePositives: "The public entry point only serves static content and all regulated traffic goes through a processor's hosted page.",
    docs: ['https://www.pcisecuritystandards.org/document_library/', 'https://owasp.org/www-project-modsecurity-core-rule-set/'],
    resolvedBy: 'network.waf',
    messages: {
      noWaf: '{regimes} applies and the public entry point has no web application firewall.',
    },
  },
  check(ctx) {
    const reg = ctx.regulated();
    if (!reg) return [];
    const noWaf = !ctx.model.security.waf || ctx.attrs('network.waf').none === true;
    if (!noWaf) return [];
    const zones = ctx.model.zones.filter((z) => z.kind === 'edge' || z.kind === 'public');
    const entry = ctx.model.compute.filter(
      (c) => (!c.role || ['frontend', 'api', 'gateway', 'edge'].includes(c.role)) && !providerBackend(c.tech),
    );
    if (!entry.length) return [];
    const pci = reg.ids.includes('pci-dss');
    return [
      {
        subject: 'network.waf',
        signal: signalOf(pci),
        evidence: {
          facts: [...reg.evidence, ...ctx.decisionFacts('network.waf')],
          model: [...zones.map((z) => z.id), ...entry.map((c) => c.id)],
        },
        messageId: 'noWaf',
        data: { regimes: reg.ids.join(', ') },
      },
    ];
  },
});

/** The one severity function of this rule: PCI-DSS names the WAF as a requirement (red); other regimes expect it (yellow). */
function signalOf(pci: boolean): Finding['signal'] {
  return pci
    ? { impact: 4, likelihood: 3, regulated: true, basis: 'stated' }
    : { impact: 2, likelihood: 2, regulated: true, basis: 'stated' };
}
