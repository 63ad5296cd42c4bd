// Which decisions a refusal of a kind of thing rules out (no cloud, localhost only, no new technology, no lock-in), from typed attributes.
import { findPoint } from '../../decide/registry.js';
import { kb } from '../../knowledge/active.js';
import type { Decision, Profile } from '../../types.js';
import { chosenTech } from './decision-techs.js';
import type { NegativeConstraint } from './negative-statement.js';

const CLOUD_KINDS = new Set(['hyperscaler', 'paas', 'managed-service', 'global-saas']);
const CLOUD_HOSTING = new Set(['managed-regional', 'saas', 'serverless']);
const PUBLIC_ROLES = new Set(['cdn', 'gateway', 'static-host']);
const PROVIDER_KINDS = new Set(['paas', 'managed-service', 'global-saas']);

/** A provider's own service whose engine runs nowhere else (DynamoDB, Lambda, Firestore); managed PostgreSQL is portable. */
function proprietary(d: Decision): boolean {
  const tech = chosenTech(d);
  const rec = tech ? kb().tech(tech) : undefined;
  if (!rec || !PROVIDER_KINDS.has(rec.kind) || (rec.traits ?? []).includes('open-source')) return false;
  const engine = d.attributes?.engine;
  return !engine || engine === tech || !kb().hasTrait(engine, 'open-source');
}

/** Technology ids the inputs name anywhere, so "no new technology" can tell what a decision introduced. */
function namedIds(profile: Profile): Set<string> {
  const lists = [profile.cloudProviders, profile.dataStores, profile.compute, profile.iacTools, profile.ciCd];
  const more = [profile.languages, profile.frameworks, profile.services];
  const stated = profile.technicalAssumptions.flatMap((a) => a.positive ?? a.subjects);
  return new Set(
    [...lists, ...more]
      .flatMap((l) => l.map((f) => f.id))
      .concat(
        profile.mentions.map((m) => m.id),
        stated,
      ),
  );
}

/** Where the chosen option runs, by its typed attributes first and the catalogue's kind of its technology second. */
function isCloud(d: Decision): boolean {
  const hosting = d.attributes?.hosting;
  if (hosting) return CLOUD_HOSTING.has(hosting);
  const tech = chosenTech(d);
  const kind = tech ? kb().tech(tech)?.kind : undefined;
  return !!kind && CLOUD_KINDS.has(kind);
}

/** Builds, signing and shipping happen on the team's side: "no cloud dependency" speaks of the product at run time. */
function atRunTime(d: Decision): boolean {
  const p = findPoint(d.id);
  return d.domain !== 'cicd' && d.domain !== 'collaboration' && p?.meta.scope !== 'release';
}

/** The decisions a refusal of a kind of thing rules out, judged from the chosen options' typed attributes and catalogue kind. */
export function refusalOffenders(kind: NegativeConstraint, decisions: readonly Decision[], profile: Profile): Decision[] {
  const named = namedIds(profile);
  return decisions.filter((d) => {
    const tech = chosenTech(d);
    if (kind === 'no-cloud') return atRunTime(d) && isCloud(d);
    if (kind === 'localhost-only') {
      const r = tech ? kb().tech(tech) : undefined;
      return !!r && (PUBLIC_ROLES.has(r.role ?? '') || (r.traits ?? []).includes('public-endpoint-by-default') || r.kind === 'paas');
    }
    if (kind === 'no-lock-in') return atRunTime(d) && d.domain !== 'cloud' && proprietary(d);
    return d.basis === 'scored' && !!tech && !!kb().tech(tech) && !named.has(tech);
  });
}

export const REFUSAL: Record<NegativeConstraint, string> = {
  'no-cloud': 'a cloud service',
  'localhost-only': 'a publicly reachable service',
  'no-new-technology': 'a technology the inputs do not name',
  'no-lock-in': 'a proprietary managed service',
};
