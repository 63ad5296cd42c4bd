// Rule: data bound to an area (the EU, Canada, Australia, …) placed, replicated or backed up in a region outside it.
import { defineRule, type Finding } from '../rule.js';
import { facts, isPlaceholderRegion } from '../rule-helpers.js';
import { kb } from '../../knowledge/active.js';
import { areaName, honoursResidency, statedResidency, type ResidencyStatement } from '../../decide/stated-residency.js';
import type { RuleContext } from '../rule-context.js';

const inEu = (region: string) => kb().isEuRegion(region);

export default defineRule({
  meta: {
    id: 'data-residency',
    category: 'security-implementation',
    title: 'Data residency broken by a region outside the required area',
    description:
      'The inputs require data to stay in an area (the EU, a country such as Canada or Australia, or the area of a data-protection law the catalogue carries), and the model places a primary, secondary or backup region outside it; or GDPR applies with data placed in the EU and a region sits outside it; or GDPR applies and no region is known.',
    why: 'A residency requirement forbids storing or replicating the data elsewhere outright, and a GDPR transfer outside the EU needs an adequacy decision or safeguards. Backups and DR regions count.',
    detection:
      'A stated residency area and a region the catalogue places outside it: red, naming the residency statement and the region (stated or chosen). GDPR with an EU region stated and a non-EU region in the model: yellow (transfer safeguards needed). A region not chosen yet under a residency statement, or GDPR with no region at all: yellow open question.',
    mitigation:
      'Keep primary, replica and backup regions inside the required area (the catalogue lists the provider regions of each area), or document the transfer mechanism the law allows.',
    falsePositives: 'The region outside the area only holds data that is not personal or regulated (static assets, anonymised metrics).',
    docs: ['https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection_en'],
    resolvedBy: 'data.residency',
    messages: {
      noRegion: 'GDPR applies and no region is stated or chosen for personal data.',
      regionUnchosen: 'Data must stay in {area}, and the {role} region is not chosen yet; pick it inside {area}.',
      statedOutside:
        'The inputs require data to stay in {area}, and they also name {role} region {region}, which lies outside it: both cannot hold.',
      chosenOutside: 'The inputs require data to stay in {area}, but the design places its {role} region in {region}, outside it.',
      placedOutsideEu: 'GDPR applies and the inputs place data in the EU, but the model has {role} region {region} outside the EU.',
    },
  },
  check(ctx) {
    const stated = statedResidency(ctx.profile);
    if (stated.length) return residencyFindings(ctx, stated);
    const gdpr = ctx.v.compliance('gdpr');
    if (!gdpr) return [];
    const euStated = ctx.profile.regions.filter((r) => inEu(r.id));
    if (!euStated.length) {
      if (ctx.profile.regions.length) return [];
      return [{ subject: 'regions', signal: signalOf('missing'), evidence: { facts: gdpr, model: [] }, messageId: 'noRegion' }];
    }
    return ctx.model.regions
      .filter((r) => !inEu(r.id))
      .map((r): Finding => {
        const euFacts = facts(
          gdpr,
          euStated.flatMap((x) => x.evidence.slice(0, 1)),
        );
        if (isPlaceholderRegion(r.id))
          return {
            subject: r.id,
            signal: signalOf('missing'),
            evidence: { facts: euFacts, model: [r.id] },
            messageId: 'regionUnchosen',
            data: { role: r.role, area: areaName('eu') },
          };
        return {
          subject: r.id,
          signal: signalOf('transfer'),
          evidence: { facts: euFacts, model: [r.id] },
          messageId: 'placedOutsideEu',
          data: { role: r.role, region: r.id },
        };
      });
  },
});

/** Every model region against the stated areas: not chosen yet (open question) or outside all of them (red). */
function residencyFindings(ctx: RuleContext, stated: ResidencyStatement[]): Finding[] {
  const areas = [...new Set(stated.flatMap((s) => s.areas))];
  const area = areas.map(areaName).join(' or ');
  const statedFacts = stated.flatMap((s) => s.evidence.slice(0, 1));
  const out: Finding[] = [];
  for (const r of ctx.model.regions) {
    if (isPlaceholderRegion(r.id)) {
      out.push({
        subject: r.id,
        signal: signalOf('missing'),
        evidence: { facts: statedFacts, model: [r.id] },
        messageId: 'regionUnchosen',
        data: { role: r.role, area },
        mitigation: mitigationFor(ctx, areas),
      });
      continue;
    }
    // A region honours the inputs when some statement's area holds it; one the catalogue cannot place is left alone.
    const verdicts = stated.map((s) => honoursResidency(r.id, s));
    if (verdicts.includes(true) || !verdicts.includes(false)) continue;
    const named = ctx.profile.regions.find((x) => x.id.toLowerCase() === r.id.toLowerCase());
    out.push({
      subject: r.id,
      signal: signalOf('outside'),
      evidence: { facts: facts(statedFacts, named?.evidence.slice(0, 2)), model: [r.id] },
      messageId: named ? 'statedOutside' : 'chosenOutside',
      data: { role: r.role, region: r.id, area },
      mitigation: mitigationFor(ctx, areas),
    });
  }
  return out;
}

/** The way out, from the catalogue: the platform's regions inside the areas, or the general advice when it lists none. */
function mitigationFor(ctx: RuleContext, areas: string[]): string {
  const platform = ctx.platform();
  const inside = kb()
    .regions()
    .filter((r) => r.provider && r.provider === platform && areas.some((a) => kb().inResidencyArea(r.id, a)))
    .map((r) => `${r.id} (${r.geography})`);
  const where = areas.map(areaName).join(' or ');
  return inside.length
    ? `Keep the primary, standby and backup regions inside ${where}: the catalogue's regions there are ${inside.join(', ')}. If a copy must leave, state which data and the legal basis, or relax the residency statement.`
    : `Keep the primary, standby and backup regions inside ${where} and check that the platform offers a region there. If a copy must leave, state which data and the legal basis, or relax the residency statement.`;
}

/**
 * The one severity function of this rule: a region not yet known is an open question; a region outside a stated
 * residency area breaks it for certain (red); under GDPR alone a transfer outside the EU needs safeguards (yellow).
 */
function signalOf(found: 'missing' | 'outside' | 'transfer'): Finding['signal'] {
  if (found === 'missing') return { impact: 2, likelihood: 2, basis: 'missing' };
  return found === 'outside' ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 2, basis: 'stated' };
}
