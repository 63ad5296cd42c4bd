// Options a decision point gains from the catalogue: a hosting platform the inputs name, or the user picks, that no
// hand-written option covers becomes an option of its own, so the choice honours it (Linode, a user pack's PaaS).
import type { CostClass, TechSlot } from '../types.js';
import { kb } from '../knowledge/active.js';
import type { TechKind, TechRecord } from '../knowledge/types.js';
import type { DecideContext, DecisionPoint, OptionDef } from './define-point.js';

/**
 * The records that can become options of a point: any hosting platform for the platform choice; for the runtime only a
 * platform's own runtime (a PaaS), since generic runtimes (VMs, containers) have hand-written options of their own.
 */
const POINT_RECORDS: Record<string, { slot: TechSlot; kinds?: TechKind[] }> = {
  'cloud.primary-platform': { slot: 'hosting-platform' },
  'compute.runtime': { slot: 'runtime', kinds: ['paas'] },
};

interface KindText {
  phrase: string;
  pros: string[];
  cons: string[];
  complexity: number;
  skills: string[];
  cost: CostClass;
}

const BY_KIND: Partial<Record<TechKind, KindText>> = {
  hyperscaler: {
    phrase: 'a hyperscale cloud',
    pros: ['Managed compute, data and networking from one provider', 'Private networking and several zones per region'],
    cons: ['Many services to learn and wire together'],
    complexity: 4,
    skills: ['cloud networking', 'IAM', 'infrastructure as code'],
    cost: 'medium',
  },
  paas: {
    phrase: 'a managed platform (PaaS)',
    pros: ['The platform runs the servers, builds and deploys', 'Little infrastructure for the team to operate'],
    cons: ['Fewer controls over networking and placement than a hyperscaler', 'Limits and prices set by one vendor'],
    complexity: 1,
    skills: ["the platform's deployment model"],
    cost: 'low',
  },
  'server-host': {
    phrase: 'rented servers',
    pros: ['Low, predictable prices', 'Full control over the operating system'],
    cons: ['The team patches, backs up and scales the servers itself'],
    complexity: 3,
    skills: ['Linux administration', 'Docker'],
    cost: 'low',
  },
  'on-premises': {
    phrase: 'owned hardware',
    pros: ["Data and hardware stay under the organisation's control"],
    cons: ["Hardware, networking and capacity are the team's job"],
    complexity: 5,
    skills: ['Linux administration', 'networking'],
    cost: 'medium',
  },
};
const OTHER: KindText = {
  phrase: 'a hosting platform',
  pros: ['Named by the inputs'],
  cons: ['The catalogue knows little about its managed services'],
  complexity: 3,
  skills: ["the platform's tooling"],
  cost: 'medium',
};

function costOf(t: TechRecord, fallback: CostClass): CostClass {
  if (!t.price) return fallback;
  return t.price.high <= 0 ? 'free' : t.price.high <= 30 ? 'low' : t.price.high <= 150 ? 'medium' : 'high';
}

/** One option built from a catalogue record alone. */
export function optionFromRecord(t: TechRecord): OptionDef {
  const k = BY_KIND[t.kind] ?? OTHER;
  return {
    id: t.id,
    tech: t.id,
    title: t.name,
    summary: `${t.name}: ${k.phrase}, as the knowledge catalogue describes it.`,
    pros: k.pros,
    cons: k.cons,
    costClass: costOf(t, k.cost),
    complexity: k.complexity,
    skills: k.skills,
    fits: [],
  };
}

/** Every catalogue record that could be an option of the point and is not one already (for validating a pick). */
export function catalogueCandidates(point: DecisionPoint): OptionDef[] {
  const want = POINT_RECORDS[point.meta.id];
  if (!want) return [];
  const covered = new Set(point.options.flatMap((o) => [o.id, ...(o.tech ? [o.tech] : []), ...(o.alsoMatches ?? [])]));
  return kb()
    .technologies()
    .filter((t) => t.slots.includes(want.slot) && (!want.kinds || want.kinds.includes(t.kind)) && !covered.has(t.id))
    .map(optionFromRecord);
}

/** The point's options: its own, plus the catalogue candidates the inputs commit to or the user picked. */
export function optionsOf(point: DecisionPoint, c?: DecideContext): OptionDef[] {
  const extra = catalogueCandidates(point).filter((o) => !c || c.user.choices[point.meta.id] === o.id || c.v.committed(o.id));
  return extra.length ? [...point.options, ...extra] : point.options;
}
