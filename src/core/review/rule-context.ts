// What a reviewer rule sees: the profile (with its query view), the decisions by point id and the derived model.
import { familyOf, type Family } from '../decide/platform-family.js';
import { ProfileView } from '../decide/profile-view.js';
import { productHosting } from '../decide/applicability.js';
import type { OptionAttributes } from '../decide/option-attributes.js';
import type { PointId } from '../decide/point-ids.js';
import type { Decision, Evidence, InfraModel, Profile } from '../types.js';
import { kb } from '../knowledge/active.js';

/** Environments that are a developer's machine, not something the team operates. */
const LOCAL_ENV = /^(local|dev-?local|laptop|workstation)/i;

export interface RuleContext {
  profile: Profile;
  v: ProfileView;
  model: InfraModel;
  decisions: ReadonlyMap<string, Decision>;
  /** Option id chosen for a decision point, or null when the point does not exist (yet). */
  choice(pointId: PointId): string | null;
  /** The chosen option's typed attributes (empty when the point did not run). */
  attrs(pointId: PointId): OptionAttributes;
  /** The evidence a decision cites, as facts. */
  decisionFacts(pointId: string): Evidence[];
  /** The primary platform id, from the model or the platform decision. */
  platform(): string | null;
  family(): Family;
  /** Every platform the architecture runs on: the model's providers, the primary and any other committed platform. */
  providers(): string[];
  /** Every technology id the architecture uses: model elements, decision choices and other committed options. */
  techs(): Set<string>;
  /** Model element ids whose technology is one of `ids`. */
  elementsUsing(...ids: string[]): string[];
  /** Sector regimes with technical mandates that the inputs commit to. */
  regulated(): { ids: string[]; evidence: Evidence[] } | null;
  /** Regimes whose auditors look at change management and access. */
  audited(): { ids: string[]; evidence: Evidence[] } | null;
  /** Environments the team operates (not local machines). */
  operatedEnvironments(): InfraModel['environments'];
  /** The team runs the system itself: a hosted service, or a shipped product with a backend the team runs. */
  teamOperates(): boolean;
}

function decisionEvidence(d: Decision | undefined): Evidence[] {
  if (!d) return [];
  return d.evidence.map((e) => ({ file: e.file, line: e.line, quote: d.choiceTitle }));
}

export function makeRuleContext(profile: Profile, decisions: Decision[], model: InfraModel): RuleContext {
  const v = new ProfileView(profile);
  const byId = new Map(decisions.map((d) => [d.id, d] as const));
  const choice = (id: string) => byId.get(id)?.choice ?? null;
  const platform = () =>
    model.platform.primary && model.platform.primary !== 'unknown' ? model.platform.primary : choice('cloud.primary-platform');
  const providers = () => {
    const set = new Set<string>(model.platform.providers);
    const p = platform();
    if (p) set.add(p);
    for (const extra of byId.get('cloud.primary-platform')?.alsoCommitted ?? []) set.add(extra);
    return [...set].sort();
  };
  const techs = () => {
    const set = new Set<string>();
    for (const c of model.compute) set.add(c.tech);
    for (const d of model.dataStores) set.add(d.tech);
    for (const p of model.pipelines) set.add(p.tool);
    if (model.iac) set.add(model.iac);
    for (const p of providers()) set.add(p);
    for (const d of decisions) {
      set.add(d.choice);
      for (const a of d.alsoCommitted) set.add(a);
    }
    return set;
  };
  const withIds = (ids: readonly string[], evidence: Evidence[]) => (ids.length ? { ids: [...ids], evidence } : null);
  return {
    profile,
    v,
    model,
    decisions: byId,
    choice,
    attrs: (id) => byId.get(id)?.attributes ?? {},
    decisionFacts: (id) => decisionEvidence(byId.get(id)),
    platform,
    family: () => familyOf(platform()),
    providers,
    techs,
    elementsUsing: (...ids) => [
      ...model.compute.filter((c) => ids.includes(c.tech)).map((c) => c.id),
      ...model.dataStores.filter((d) => ids.includes(d.tech)).map((d) => d.id),
    ],
    // Both sets come from the regime records (knowledge/regimes.yaml), the one definition of regulated and audited.
    regulated: () => {
      const ids = kb().regulatedRegimes();
      const f = profile.compliance.filter((c) => ids.includes(c.id));
      return withIds(
        f.map((c) => c.id),
        f.flatMap((c) => c.evidence.slice(0, 2)),
      );
    },
    audited: () => {
      const ids = kb().auditedRegimes();
      const f = profile.compliance.filter((c) => ids.includes(c.id));
      return withIds(
        f.map((c) => c.id),
        f.flatMap((c) => c.evidence.slice(0, 2)),
      );
    },
    operatedEnvironments: () => model.environments.filter((e) => !LOCAL_ENV.test(e.id) && !LOCAL_ENV.test(e.name)),
    // The model's hosting fact; a model.json written before it existed is read from the profile the same way.
    teamOperates: () => (model.hosting ?? productHosting(profile)).teamOperates,
  };
}
