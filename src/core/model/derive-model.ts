// Derives the one InfraModel every diagram, cost line and review rule reads, from the profile and decisions (pure).
import type { Decision, InfraModel, ModelRef, OperationRole, Profile } from '../types.js';
import type { PointId } from '../decide/point-ids.js';
import { chosenRef, familyRef } from './model-ref.js';
import { domainsNotApplicable, productHosting } from '../decide/applicability.js';
import { familyOf } from '../decide/platform-family.js';
import { POINTS } from '../decide/registry.js';
import { DecisionLookup } from './decision-lookup.js';
import { deriveComponents, USERS_ID } from './derive-components.js';
import { deriveCostPlan } from './derive-costs.js';
import { costCuts } from './cost-cuts.js';
import { capacityPlan } from './capacity-plan.js';
import { deriveEnvironments } from './derive-environments.js';
import { derivePipelines } from './derive-pipelines.js';
import { IdAllocator, kebabId } from './model-ids.js';
import { hasTrait } from './tech-catalog.js';
import { kb } from '../knowledge/active.js';
import { platformDefaults } from './platform-defaults.js';
import { deriveRegions } from './derive-regions.js';
import { deriveZones, deriveTrustBoundaries } from './derive-zones.js';

export function deriveModel(profile: Profile, decisions: Decision[]): InfraModel {
  const l = new DecisionLookup(decisions);
  const assumptions: string[] = [];
  const ids = new IdAllocator();
  for (const reserved of [USERS_ID, 'edge', 'public', 'private', 'data', 'management', 'external', 'delivery-pipeline']) ids.take(reserved);

  const platformDecision = l.get('cloud.primary-platform');
  const primary = platformDecision?.choice ?? profile.cloudProviders[0]?.id ?? 'unknown';
  if (primary === 'unknown') assumptions.push('No hosting platform was decided; platform-specific details are generic.');
  const providers = [...new Set([primary, ...(platformDecision?.alsoCommitted ?? []), ...profile.cloudProviders.map((f) => f.id)])].filter(
    (p) => p !== 'unknown',
  );
  const family = familyOf(primary === 'unknown' ? null : primary);
  const defaults = platformDefaults(primary === 'unknown' ? null : primary);

  const regions = deriveRegions(profile, l, assumptions, primary === 'unknown' ? null : primary);
  const isolation = l.title('environments.isolation', defaults.isolation);
  const hosting = productHosting(profile);
  const shipped = hosting.shipsOnly;
  const environments = deriveEnvironments(
    l,
    isolation,
    providers.some((p) => hasTrait(p, 'per-change-previews')),
    shipped,
  );
  const iac = l.component('cicd.iac-tool') ?? profile.iacTools[0]?.id ?? null;
  const scalingDecision = l.get('compute.scaling');
  const scaling = scalingDecision ? { title: scalingDecision.choiceTitle, mode: l.attrs('compute.scaling').scaling } : null;
  const parts = deriveComponents(profile, l, ids, primary, family, providers, scaling, assumptions, shipped);
  const pipelines = derivePipelines(profile, l, environments, iac, assumptions, shipped);

  const wafNone = l.isNone('network.waf');
  const wafDecision = l.get('network.waf');
  const waf = wafNone ? null : wafDecision ? chosenRef(wafDecision) : defaultWaf(primary, providers);
  // A role's decision when one ran, else what the platform family supplies for it: ids, named at render.
  const role = (point: PointId, r: OperationRole): ModelRef => {
    const d = l.get(point);
    return d ? chosenRef(d) : familyRef(family, r);
  };

  // The tier's id, typed: every analysis reads the tier's figures from the catalogue by it, never from its title.
  const tierId =
    l.attrs('dr.strategy-tier').tier ?? ((profile.availabilityTarget?.value ?? 0) >= 99.95 ? 'warm-standby' : 'backup-restore');
  const secondary = regions.find((r) => r.role === 'secondary') ?? regions.find((r) => r.role === 'backup');
  const base: Omit<InfraModel, 'costLines'> = {
    project: profile.projectName?.value ?? 'Project',
    platform: { primary, providers },
    regions,
    environments,
    zones: deriveZones(family, parts.compute, parts.externalServices.length > 0),
    compute: parts.compute,
    dataStores: parts.dataStores,
    externalServices: parts.externalServices,
    ...(parts.clients.length ? { clients: parts.clients } : {}),
    flows: parts.flows,
    pipelines,
    trustBoundaries: deriveTrustBoundaries(parts, pipelines),
    security: {
      identity: role('security.identity', 'identity'),
      secrets: role('security.secrets', 'secrets'),
      encryption: l.title('security.encryption', 'TLS 1.2+ in transit, provider-managed keys at rest'),
      waf,
    },
    observability: {
      metrics: role('observability.metrics', 'metrics'),
      logs: role('observability.logging', 'logs'),
      traces: role('observability.tracing', 'traces'),
      alerting: role('observability.alerting', 'alerting'),
    },
    dr: {
      tier: l.title('dr.strategy-tier', kb().drTier(tierId)?.name ?? tierId),
      tierId,
      rtoMinutes: profile.rto?.minutes ?? null,
      rpoMinutes: profile.rpo?.minutes ?? null,
      backupRegion: secondary?.id ?? null,
    },
    iac,
    capacity: capacityPlan(profile, parts.compute),
    assumptions,
    notApplicable: domainsNotApplicable(POINTS, profile),
    hosting,
  };
  const plan = deriveCostPlan(profile, base, l);
  const cuts = costCuts(profile, { costLines: plan.lines, regions }, plan);
  const model: InfraModel = { ...base, costLines: plan.lines, ...(cuts.length ? { costCuts: cuts } : {}) };
  model.project = model.project.trim() || 'Project';
  if (!/^[a-z0-9-]+$/.test(model.platform.primary)) model.platform.primary = kebabId(model.platform.primary, 'unknown');
  return model;
}

/**
 * The WAF a stack gets when no decision names one: a CDN platform in front (Cloudflare) brings its own, else the
 * primary platform's WAF service, from the catalogue's `waf` records; none when the platform offers none.
 */
function defaultWaf(primary: string, providers: string[]): ModelRef | null {
  const wafs = kb()
    .technologies()
    .filter((t) => t.slots.includes('waf'));
  const edge = providers.filter((p) => kb().tech(p)?.role === 'cdn');
  for (const p of [...edge, primary]) {
    const w = wafs.find((t) => t.provider === p);
    if (w) return { tech: w.id };
  }
  return null;
}
