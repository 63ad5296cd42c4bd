// Rule: regulated data on a platform that does not offer the contract or attestation the regime requires.
import { defineRule, type Finding } from '../rule.js';
import { attestation, REGIME_TITLES } from '../knowledge/attestations.js';
import { facts, PLATFORMS, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'compliance-attestation',
    category: 'security-implementation',
    title: 'Regulated data on a platform without the required attestation',
    description:
      'HIPAA, PCI-DSS or FedRAMP applies, and a platform in the architecture does not offer a BAA, a PCI service-provider AoC or a FedRAMP authorisation (or only on specific plans).',
    why: 'Under HIPAA every vendor that stores or processes PHI must sign a BAA; under PCI-DSS every service provider in the card data environment needs an AoC. Using one that cannot is a compliance breach no configuration fixes.',
    detection:
      'For each regulated regime in the profile and each platform the architecture runs on: no known offering is red (HIPAA, FedRAMP, PCI-DSS); an offering only on particular plans or add-ons is yellow (confirm the plan).',
    mitigation:
      'Move the regulated data to a platform that signs the BAA / holds the AoC, keep it out of the platform entirely (tokenise card data with the processor, keep PHI on the covered side), or buy the plan that includes the agreement.',
    falsePositives:
      'The platform only serves public, non-regulated content (marketing site, static assets) and the regulated data never reaches it; record that as accepted with the data flow that proves it.',
    docs: [
      'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/business-associates/index.html',
      'https://www.pcisecuritystandards.org/document_library/',
      'https://www.fedramp.gov/',
    ],
    resolvedBy: 'cloud.primary-platform',
  },
  check(ctx) {
    const reg = ctx.regulated();
    if (!reg) return [];
    const out: Finding[] = [];
    const platforms = ctx.providers().filter((p) => PLATFORMS.includes(p));
    for (const regime of reg.ids) {
      const t = REGIME_TITLES[regime];
      for (const p of platforms) {
        const a = attestation(regime, p);
        if (a === 'standard' || a === 'self') continue;
        const evidence = {
          facts: facts(
            ctx.profile.compliance.find((c) => c.id === regime)?.evidence,
            techFacts(ctx, p),
            ctx.decisionFacts('cloud.primary-platform'),
          ),
          model: [p, ...ctx.model.dataStores.map((d) => d.id)],
        };
        if (a === 'plan') {
          out.push({
            subject: `${regime}/${p}`,
            signal: { impact: 3, likelihood: 1, regulated: true, basis: 'stated' },
            evidence,
            message: `${t.name} applies; ${p} offers a ${t.paper} only on particular plans or add-ons. Confirm the plan before regulated data lands there.`,
          });
        } else {
          const hard = regime !== 'pci-dss';
          out.push({
            subject: `${regime}/${p}`,
            signal: { impact: hard ? 4 : 3, likelihood: hard ? 3 : 2, regulated: true, basis: 'stated' },
            evidence,
            message: `${t.name} applies, and ${p} offers no ${t.paper} that this review knows of.`,
          });
        }
      }
    }
    return out;
  },
});
