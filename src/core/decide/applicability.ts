// Where decision points apply: a product the team does not host gets only the points that matter to what it ships.
import type { DomainId, Profile, ProductArchetype } from '../types.js';
import type { DecideContext, DecisionPoint } from './define-point.js';
import { HYPERSCALERS, PAAS, ProfileView, type Hit } from './profile-view.js';
import { commitmentOf } from './score-option.js';
import { statedOutside } from './stated-choice.js';

/**
 * `service`: about a system the team runs (network, hosting, DR, cost…); `any`: about building and shipping
 * software, whatever the product is (pipeline, supply chain, local development, ownership); `release`: about
 * shipping software others install (signing, distribution, updates).
 */
export type PointScope = 'service' | 'any' | 'release';

const NOT_HOSTED: Record<Exclude<ProductArchetype, 'hosted-service'>, string> = {
  'client-app': "the product is a client app installed on users' devices",
  'embedded-device': 'the product runs on devices in the field',
  'self-hosted-distributable': 'customers install and operate the product themselves',
  'library-or-cli': 'the product is a library or command-line tool that others run',
};

/** App stores: a hosted service that lists a client app in one also ships software users install. */
const STORES = ['app-store', 'google-play', 'microsoft-store'];

/** Evidence that the team itself operates a backend: a hosted platform (not the customer's premises) in the inputs. */
export function operatesBackend(profile: Profile): Hit {
  const v = new ProfileView(profile);
  const hosted = profile.cloudProviders.filter((f) => HYPERSCALERS.includes(f.id) || PAAS.includes(f.id));
  return hosted.length
    ? hosted.flatMap((f) => f.evidence.slice(0, 2))
    : v.committedAny('aws-lambda', 'ecs', 'cloud-run', 'app-service', 'container-apps');
}

/**
 * Who runs what, decided once per profile and kept in the model (`model.hosting`) so derivation, review and render read one
 * fact. `teamOperates`: the team runs a system itself (a hosted service, or a backend beside what it ships); false for a
 * product others install and run, a self-hosted distributable included. `shipsOnly`: software others run (a client app, a
 * library or CLI, device firmware) with no backend the team runs, so nothing is deployed to servers and environments are
 * where builds are proven and published; a self-hosted distributable's design still describes the system its customers
 * run, so it is not.
 */
export function productHosting(profile: Profile): { teamOperates: boolean; shipsOnly: boolean } {
  const a = profile.productArchetype?.value;
  const backend = !!operatesBackend(profile);
  return {
    teamOperates: !a || a === 'hosted-service' || backend,
    shipsOnly: (a === 'client-app' || a === 'library-or-cli' || a === 'embedded-device') && !backend,
  };
}

/** A context with nothing decided yet: enough to ask whether the inputs commit to one of a point's options. */
function bareContext(profile: Profile): DecideContext {
  return {
    v: new ProfileView(profile),
    chosen: () => null,
    decisions: new Map(),
    user: { choices: {}, priorities: [], constraints: [], notes: {} },
  };
}

/** The inputs commit to one of the point's options or state a technology for its role: a stated choice is never dropped. */
export function statedFor(point: DecisionPoint, profile: Profile): boolean {
  const c = bareContext(profile);
  return point.options.some((o) => !!commitmentOf(o, c)) || statedOutside(point, c).length > 0;
}

/** Null when the point applies; otherwise the one-line reason it does not. */
export function notApplicableReason(point: DecisionPoint, profile: Profile): string | null {
  const archetype = profile.productArchetype?.value;
  const scope = point.meta.scope ?? 'service';
  if (!archetype || archetype === 'hosted-service') {
    if (scope !== 'release') return null;
    const v = new ProfileView(profile);
    return v.committedAny(...STORES) ? null : 'the team hosts the service, so nothing is shipped to users to install';
  }
  if (scope !== 'service') return null;
  if (operatesBackend(profile) || statedFor(point, profile)) return null;
  return `${NOT_HOSTED[archetype]} and the inputs name no backend the team runs`;
}

/** The points that apply to this profile, in registry order. */
export function applicablePoints(points: readonly DecisionPoint[], profile: Profile): DecisionPoint[] {
  return points.filter((p) => notApplicableReason(p, profile) === null);
}

/** Domains left with no applicable point, each with its one-line reason, for the document to state instead of a section. */
export function domainsNotApplicable(points: readonly DecisionPoint[], profile: Profile): { domain: DomainId; reason: string }[] {
  const out: { domain: DomainId; reason: string }[] = [];
  const domains = [...new Set(points.map((p) => p.meta.domain))];
  for (const d of domains) {
    const inDomain = points.filter((p) => p.meta.domain === d);
    const reasons = inDomain.map((p) => notApplicableReason(p, profile));
    if (reasons.every((r) => r !== null) && reasons.some((r) => !r!.startsWith('the team hosts')))
      out.push({ domain: d, reason: `Not applicable: ${reasons.find((r) => r && !r.startsWith('the team hosts'))}.` });
  }
  return out;
}
