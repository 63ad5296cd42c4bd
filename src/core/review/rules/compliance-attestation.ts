// Rule: regulated data on a platform that does not offer the contract or attestation the regime requires.
import { defineRule, type Finding } from '../rule.js';
import { facts, PLATFORMS, techFacts } from '../rule-helpers.js';
import type { RuleContext } from '../rule-context.js';
import type { Evidence } from '../../types.js';
import { kb } from '../../knowledge/active.js';

export default defineRule({
  meta: {
    id: 'compliance-attestation',
    category: 'security-implementation',
    title: 'Regulated data on a platform without the required attestation',
    description:
      'HIPAA, PCI-DSS or FedRAMP applies, and a platform in the architecture does not offer a BAA, a PCI service-provider AoC or a FedRAMP authorisation (or only on specific plans).',
    why: 'Under HIPAA every vendor that stores or processes PHI must sign a BAA; under PCI-DSS every service provider in the card data environment needs an AoC. Using one that cannot is a compliance breach no configuration fixes.',
    detection:
      'For each regulated regime in the profile and each platform regulated data can reach (a platform serving only static front-end files is skipped): no known offering is red (HIPAA, FedRAMP; PCI-DSS probable); an offering only on particular plans is red when the inputs name a plan or tier that is not an enterprise or compliance one, yellow when the plan is unstated (confirm it).',
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
    messages: {
      noPaper: '{regime} applies, and {platform} offers no {paper} that this review knows of.',
      statedPlanLacksPaper:
        '{regime} applies, and the inputs put {platform} on the {plan}; {platform} offers a {paper} only on particular plans or contracts, not this one.',
      planUnstated:
        '{regime} applies; {platform} offers a {paper} only on particular plans or add-ons. Confirm the plan before regulated data lands there.',
      chosenNoPaper:
        '{regime} applies, and the design picked {platform}, which the inputs do not name and which offers no {paper} this review knows of.',
    },
  },
  check(ctx) {
    const reg = ctx.regulated();
    if (!reg) return [];
    const out: Finding[] = [];
    const platforms = ctx.providers().filter((p) => PLATFORMS.includes(p) && carriesData(ctx, p));
    for (const regime of reg.ids) {
      // Only regimes that ask vendors for a paper (BAA, AoC, authorisation) are judged per platform.
      const r = kb().regime(regime);
      if (!r?.vendorPaper) continue;
      const t = { name: r.name, paper: r.vendorPaper };
      for (const p of platforms) {
        const a = kb().tech(p)?.attestations?.[regime] ?? null;
        if (a === 'standard' || a === 'self') continue;
        const plan = a === 'plan' ? statedPlan(ctx, p) : null;
        const evidence = {
          facts: facts(
            ctx.profile.compliance.find((c) => c.id === regime)?.evidence,
            plan?.evidence,
            techFacts(ctx, p),
            ctx.decisionFacts('cloud.primary-platform'),
          ),
          model: [p, ...ctx.model.dataStores.map((d) => d.id)],
        };
        // A platform no input names is the tool's own pick: the way out is another pick, not a breach of the inputs.
        const named = ctx.profile.cloudProviders.some((f) => f.id === p) || techFacts(ctx, p).length > 0;
        const messageId =
          a !== 'plan' ? (named ? 'noPaper' : 'chosenNoPaper') : plan ? (plan.covers ? null : 'statedPlanLacksPaper') : 'planUnstated';
        if (!messageId) continue;
        out.push({
          subject: `${regime}/${p}`,
          signal: signalOf(a === 'plan', regime, plan, named),
          evidence,
          messageId,
          data: { regime: t.name, platform: p, paper: t.paper, plan: plan?.name ?? '' },
          ...mitigationOf(a === 'plan', named, p, t.paper, plan?.name ?? null),
        });
      }
    }
    return out;
  },
});

/** A plan or tier the inputs name (free, hobby, pro…), and whether it is the kind that carries the paper (enterprise, compliance). */
const PLAN =
  /\b(free|hobby|starter|basic|developer|pro|team|business|enterprise|scale|compliance|hipaa)[ -](?:plan|tier|edition|add-on)\b/i;
const COVERING = /^(?:enterprise|compliance|hipaa)$/i;

function statedPlan(ctx: RuleContext, platform: string): { name: string; covers: boolean; evidence: Evidence[] } | null {
  const named = (e: Evidence) => e.quote.toLowerCase().includes(platform.toLowerCase());
  const lines = [...ctx.profile.constraints, ...ctx.profile.nfrs, ...ctx.profile.technicalAssumptions, ...ctx.profile.budget];
  for (const l of lines) {
    const text = 'text' in l ? l.text : '';
    const m = PLAN.exec(text);
    if (m && (text.toLowerCase().includes(platform.toLowerCase()) || l.evidence.some(named)))
      return { name: m[0], covers: COVERING.test(m[1]!), evidence: l.evidence.slice(0, 2) };
  }
  return null;
}

/**
 * Whether regulated data can reach the platform: it holds a data store or runs anything but a static front end. A
 * platform serving only the front end's static files is not a flow of PHI or card data.
 */
function carriesData(ctx: RuleContext, platform: string): boolean {
  const on = (tech: string) => tech === platform || kb().tech(tech)?.provider === platform;
  const units = ctx.model.compute.filter((u) => on(u.tech));
  const stores = ctx.model.dataStores.filter((d) => on(d.tech));
  return !(units.length > 0 && stores.length === 0 && units.every((u) => u.role === 'frontend'));
}

/**
 * The way out from where the finding starts: from a stated plan, up from it; with the plan unstated, pick the attested
 * one; for a platform the design picked, pick an attested platform. A stated platform with no paper keeps the generic one.
 */
function mitigationOf(planOnly: boolean, named: boolean, p: string, paper: string, plan: string | null): { mitigation?: string } {
  if (planOnly && plan)
    return {
      mitigation: `Move ${p} from the ${plan} to the plan or contract that includes the ${paper} (usually an enterprise or compliance add-on) before regulated data lands there, or keep the regulated data off ${p}.`,
    };
  if (planOnly)
    return {
      mitigation: `Pick the ${p} plan or contract that includes the ${paper} (usually an enterprise or compliance add-on) and state it in the inputs before regulated data lands there, or keep the regulated data off ${p}.`,
    };
  if (!named)
    return {
      mitigation: `Pick a platform that signs the ${paper} for the regulated data (revise the platform decision), or state ${p} in the inputs with the paper you hold.`,
    };
  return {};
}

/**
 * The one severity function of this rule: a stated platform with no paper at all is red (PCI-DSS, where tokenising can
 * keep card data out, probable); a stated plan without it red; an unstated plan, or a platform the design picked
 * without a paper, a yellow question (red only when the inputs state what lacks the paper).
 */
function signalOf(planOnly: boolean, regime: string, plan: { covers: boolean } | null, named: boolean): Finding['signal'] {
  if (!planOnly && !named) return { impact: 3, likelihood: 1, regulated: true, basis: 'stated' };
  if (!planOnly)
    return regime !== 'pci-dss'
      ? { impact: 4, likelihood: 3, regulated: true, basis: 'stated' }
      : { impact: 3, likelihood: 2, regulated: true, basis: 'stated' };
  return plan
    ? { impact: 4, likelihood: 3, regulated: true, basis: 'stated' }
    : { impact: 3, likelihood: 1, regulated: true, basis: 'stated' };
}
