// Rule: the design runs wider than the topology or DR tier the inputs state (a second region beside "one region").
import { statedDrTier, statesOneInstance, statesOneRegion, statesOneZone } from '../../decide/stated-topology.js';
import { kb } from '../../knowledge/active.js';
import type { Evidence } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';
import { drTier } from '../knowledge/topology.js';

const cite = (e: readonly Evidence[]) => (e[0] ? `${e[0].file}:${e[0].line}` : 'the inputs');

/** The inputs state the topology and the design leaves it: a stated constraint silently overridden, certain. */
const OVERRIDDEN: Finding['signal'] = { impact: 4, likelihood: 3, basis: 'stated' };

const MULTI_REGION = new Set(['multi-region-passive', 'multi-region-active']);

export default defineRule({
  meta: {
    id: 'stated-topology-overridden',
    category: 'resource-constraints',
    title: 'A design wider than the stated topology',
    description:
      'The inputs state where the system runs (one region, one zone, one server) or which DR tier it uses, and the chosen region layout or DR tier goes beyond it.',
    why: 'A second region or an active-active tier the inputs ruled out multiplies the bill and the operating work, and it breaks a statement someone made on purpose (cost, residency, simplicity). The tool keeps what the inputs state; only their authors can widen it.',
    detection:
      'A stated one region against a multi-region layout or a secondary region in the model; a stated one zone or one server against a multi-zone or multi-region layout; a stated DR tier (by its catalogue name) against a different chosen tier.',
    mitigation: 'Revise the region strategy or DR tier back to the stated topology, or change the statement in writing.',
    falsePositives: 'The statement describes a first phase (the MVP) and the wider topology is the later one; record the phase.',
    docs: ['https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/'],
    resolvedBy: 'cloud.region-strategy',
    messages: {
      regionOverridden: 'The inputs state that the system runs in one region ({statedAt}), but the design chooses {layout}.',
      zoneOverridden: 'The inputs state that the system runs in one zone or on one server ({statedAt}), but the design chooses {layout}.',
      tierOverridden: 'The inputs name {stated} as the DR tier ({statedAt}), but the design chooses {chosen}.',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    const layout = ctx.attrs('cloud.region-strategy').regions;
    const title = ctx.decisions.get('cloud.region-strategy')?.choiceTitle ?? 'a second region';
    const secondary = ctx.model.regions.some((r) => r.role === 'secondary');
    const region = statesOneRegion(ctx.v);
    const facts = (stated: Evidence[], point: string) => [...stated.slice(0, 1), ...ctx.decisionFacts(point).slice(0, 1)];
    if (region && ((layout && MULTI_REGION.has(layout)) || secondary))
      out.push({
        subject: 'one-region',
        signal: OVERRIDDEN,
        evidence: { facts: facts(region, 'cloud.region-strategy'), model: ctx.model.regions.map((r) => r.id) },
        messageId: 'regionOverridden',
        data: { statedAt: cite(region), layout: layout && MULTI_REGION.has(layout) ? title : 'a secondary region' },
        mitigation: `Keep one region (revise cloud.region-strategy), or change the statement at ${cite(region)} in writing.`,
      });
    const zone = statesOneZone(ctx.v) ?? statesOneInstance(ctx.v);
    if (zone && layout && layout !== 'single-zone')
      out.push({
        subject: 'one-zone',
        signal: OVERRIDDEN,
        evidence: { facts: facts(zone, 'cloud.region-strategy'), model: [] },
        messageId: 'zoneOverridden',
        data: { statedAt: cite(zone), layout: title },
        mitigation: `Keep the stated zone or server (revise cloud.region-strategy), or change the statement at ${cite(zone)} in writing.`,
      });
    const stated = statedDrTier(ctx.v);
    const chosen = ctx.decisions.has('dr.strategy-tier') ? drTier(ctx) : null;
    if (stated && chosen && chosen !== 'unknown' && chosen !== stated.tier)
      out.push({
        subject: 'dr-tier',
        signal: OVERRIDDEN,
        evidence: { facts: facts(stated.evidence, 'dr.strategy-tier'), model: ['dr'] },
        messageId: 'tierOverridden',
        data: {
          stated: kb().drTier(stated.tier)?.name ?? stated.tier,
          statedAt: cite(stated.evidence),
          chosen: kb().drTier(chosen)?.name ?? chosen,
        },
        mitigation: `Keep the stated tier (revise dr.strategy-tier), or change the statement at ${cite(stated.evidence)} in writing.`,
      });
    return out;
  },
});
