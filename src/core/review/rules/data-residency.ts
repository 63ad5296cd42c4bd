// Rule: personal data bound to the EU placed, replicated or backed up in a region outside it.
import { defineRule, type Finding } from '../rule.js';
import { facts, isPlaceholderRegion } from '../rule-helpers.js';
import { kb } from '../../knowledge/active.js';

const inEu = (region: string) => kb().isEuRegion(region);

export default defineRule({
  meta: {
    id: 'data-residency',
    category: 'security-implementation',
    title: 'Data residency broken by a region outside the EU',
    description:
      'The inputs require EU data residency (an explicit constraint, or GDPR with EU regions), and the model places a primary, secondary or backup region outside the EU; or GDPR applies and no region is known.',
    why: 'Storing or replicating personal data outside the EU without an adequacy decision or safeguards is a GDPR transfer; an explicit residency requirement forbids it outright. Backups and DR regions count.',
    detection:
      'Explicit residency constraint and a non-EU region in the model: red. GDPR with an EU region stated and a non-EU region in the model: yellow (transfer safeguards needed). GDPR and no region in the model or inputs: yellow open question.',
    mitigation:
      'Keep primary, replica and backup regions in the EU (for example eu-west-1 with eu-central-1 as the DR region), or document the transfer mechanism.',
    falsePositives: 'The non-EU region only holds data that is not personal (static assets, anonymised metrics).',
    docs: ['https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection_en'],
    resolvedBy: 'data.residency',
    messages: {
      noRegion: 'GDPR applies and no region is stated or chosen for personal data.',
      regionUnchosen: 'Data must stay in the EU, and the {role} region is not chosen yet; pick it inside the EU.',
      requiredOutsideEu: 'The inputs require EU data residency, but the model has {role} region {region} outside the EU.',
      placedOutsideEu: 'GDPR applies and the inputs place data in the EU, but the model has {role} region {region} outside the EU.',
    },
  },
  check(ctx) {
    const gdpr = ctx.v.compliance('gdpr');
    const explicit = ctx.profile.constraints.find(
      (c) => /residen|within the eu|in the eu|eu only|european union/i.test(c.text) && (c.kind === 'must' || c.kind === 'prohibit'),
    );
    const euStated = ctx.profile.regions.filter((r) => inEu(r.id));
    if (!explicit && !(gdpr && euStated.length)) {
      if (gdpr && !ctx.profile.regions.length) {
        return [
          {
            subject: 'regions',
            signal: signalOf('missing', false),
            evidence: { facts: gdpr, model: [] },
            messageId: 'noRegion',
          },
        ];
      }
      return [];
    }
    const out: Finding[] = [];
    for (const r of ctx.model.regions.filter((x) => !inEu(x.id))) {
      if (isPlaceholderRegion(r.id)) {
        out.push({
          subject: r.id,
          signal: signalOf('missing', false),
          evidence: { facts: facts(explicit?.evidence, gdpr), model: [r.id] },
          messageId: 'regionUnchosen',
          data: { role: r.role },
        });
        continue;
      }
      out.push({
        subject: r.id,
        signal: signalOf('outside', !!explicit),
        evidence: {
          facts: facts(
            explicit?.evidence,
            gdpr,
            euStated.flatMap((x) => x.evidence.slice(0, 1)),
          ),
          model: [r.id],
        },
        messageId: explicit ? 'requiredOutsideEu' : 'placedOutsideEu',
        data: { role: r.role, region: r.id },
      });
    }
    return out;
  },
});

/**
 * The one severity function of this rule: a region not yet known is an open question; a region outside the EU breaks an
 * explicit residency requirement for certain (red), and under GDPR alone needs transfer safeguards (yellow).
 */
function signalOf(found: 'missing' | 'outside', explicit: boolean): Finding['signal'] {
  if (found === 'missing') return { impact: 2, likelihood: 2, basis: 'missing' };
  return explicit ? { impact: 4, likelihood: 3, basis: 'stated' } : { impact: 3, likelihood: 2, basis: 'stated' };
}
