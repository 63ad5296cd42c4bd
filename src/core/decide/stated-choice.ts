// A technology the inputs state for a point's role but no option names is the choice (or carried alongside), never replaced.
import { isStoreRole, techInfo, techName } from '../model/tech-catalog.js';
import { kb } from '../knowledge/active.js';
import type { Decision, DecisionOption, Evidence, TechCategory, TechSlot } from '../types.js';
import type { DecideContext, DecisionPoint, OptionDef } from './define-point.js';
import type { PointId } from './point-ids.js';
import type { Scored } from './score-option.js';

/** Where a point's stated technology is read from: a profile list, filtered to the point's role, and an open-world slot. */
export interface StatedSlot {
  field: Extract<TechCategory, 'cloudProviders' | 'dataStores' | 'compute' | 'iacTools' | 'ciCd'>;
  slot: TechSlot;
  /** Which ids of the list fill this role (the list mixes roles: a data store list holds caches and buckets). */
  accepts?: (id: string) => boolean;
}

export interface Stated {
  id: string;
  name: string;
  evidence: Evidence[];
  /** The knowledge base does not know it: its capabilities are unconfirmed. */
  unknown: boolean;
}

// A graph or time-series database (role `other-store`) is a system of record too when its record fills the database slot.
const DATABASE_ROLES = new Set(['relational', 'document', 'other-store']);
const RUNTIME_ROLES = new Set(['function', 'container', 'orchestrator', 'paas', 'vm']);
/** The catalogue record fills the slot in the role the model draws (a queue service as a queue, not an event store). */
const fills = (id: string, slot: TechSlot, roles: Set<string>) =>
  (kb().tech(id)?.slots.includes(slot) ?? false) && roles.has(techInfo(id)?.role ?? '') && !kb().hasTrait(id, 'packaging');

/** The roles points read from profile lists; points declare theirs in `meta.stated`. */
export const STATED = {
  platform: { field: 'cloudProviders', slot: 'hosting-platform', accepts: (id) => !isStoreRole(techInfo(id)?.role) },
  database: { field: 'dataStores', slot: 'database', accepts: (id) => fills(id, 'database', DATABASE_ROLES) },
  iac: { field: 'iacTools', slot: 'iac' },
  pipeline: { field: 'ciCd', slot: 'ci-cd', accepts: (id) => id !== 'argocd' && id !== 'flux' },
  cache: { field: 'dataStores', slot: 'cache', accepts: (id) => fills(id, 'cache', new Set(['cache'])) },
  queue: { field: 'dataStores', slot: 'queue', accepts: (id) => fills(id, 'queue', new Set(['queue'])) },
  runtime: { field: 'compute', slot: 'runtime', accepts: (id) => fills(id, 'runtime', RUNTIME_ROLES) },
} satisfies Record<string, StatedSlot>;

function matches(o: OptionDef, id: string): boolean {
  return o.tech === id || (o.alsoMatches ?? []).includes(id) || o.id === id;
}

/** Stated technologies for the point's role that none of its options is, known ones first, in the inputs' order. */
export function statedOutside(point: DecisionPoint, c: DecideContext): Stated[] {
  const s = point.meta.stated;
  if (!s) return [];
  const out: Stated[] = [];
  const owner = (id: string): PointId | undefined => c.ownerOf?.(id);
  for (const f of c.v.profile[s.field]) {
    if (s.accepts && !s.accepts(f.id)) continue;
    if (point.options.some((o) => matches(o, f.id))) continue;
    const other = owner(f.id);
    if (other && other !== point.meta.id) continue; // an option of another point: it plays a different role
    out.push({ id: f.id, name: techName(f.id), evidence: f.evidence.slice(0, 3), unknown: false });
  }
  for (const u of c.v.profile.unknownTechnologies) {
    if (u.slot !== s.slot || out.some((x) => x.id === u.id)) continue;
    out.push({ id: u.id, name: u.name, evidence: u.evidence.slice(0, 3), unknown: true });
  }
  return out;
}

function cite(e: Evidence[]): string {
  return [...new Set(e.map((x) => `${x.file}:${x.line}`))].slice(0, 3).join(', ');
}

/** The stated technology as an option row, so the document and the ADR show it first. */
function statedOption(s: Stated, like: Scored | undefined): DecisionOption {
  return {
    id: s.id,
    title: s.name,
    summary: s.unknown ? `${s.name}, as the inputs state; the knowledge base has no record of it.` : `${s.name}, as the inputs state.`,
    pros: ['Stated in the inputs: the team has chosen it', ...(like ? [`Plays the role ${like.option.title} would`] : [])],
    cons: [
      s.unknown
        ? 'Not in the knowledge base: confirm its capabilities (regions, SLA, attestations, prices)'
        : 'Outside the options this tool compares: its trade-offs are not scored here',
    ],
    score: like?.score ?? 0,
    costClass: like?.option.costClass ?? 'medium',
    complexity: like?.option.complexity ?? 3,
  };
}

/**
 * Keeps what the inputs state. When an option is already committed, stated technologies outside the options are
 * carried alongside; when none is, the first stated one becomes the choice, with the closest option's attributes.
 */
export function carryStated(d: Decision, stated: Stated[], scored: Scored[], c: DecideContext): Decision {
  if (!stated.length || d.basis === 'user') return d;
  const committedOption = scored.some((s) => s.committed && !s.rejection);
  if (committedOption) {
    const extra = stated.map((s) => s.id).filter((id) => id !== d.choice && !d.alsoCommitted.includes(id));
    if (!extra.length) return d;
    return {
      ...d,
      alsoCommitted: [...d.alsoCommitted, ...extra],
      rationale: `${d.rationale} The inputs also state ${stated
        .filter((s) => extra.includes(s.id))
        .map((s) => `${s.name} (${cite(s.evidence)})`)
        .join(', ')}, carried alongside.`,
    };
  }
  const [first, ...rest] = stated;
  const like = scored.find((s) => s.option.id === d.choice);
  const evidence = [
    ...new Map([...first.evidence, ...d.evidence].map((x) => [`${x.file}:${x.line}`, { file: x.file, line: x.line }])).values(),
  ];
  const parts = [
    `The inputs state ${first.name} (${cite(first.evidence)}); it is the choice, kept as stated.`,
    first.unknown
      ? `${first.name} is not in the knowledge base, so its capabilities are unconfirmed; ${like ? `${like.option.title} is the closest option compared here` : 'no option compared here plays the same role'}.`
      : like
        ? `The closest option compared here is ${like.option.title}.`
        : '',
    rest.length ? `The inputs also state ${rest.map((s) => `${s.name} (${cite(s.evidence)})`).join(', ')}, carried alongside.` : '',
  ].filter(Boolean);
  void c;
  return {
    ...d,
    choice: first.id,
    choiceTitle: first.name,
    basis: 'committed',
    options: [statedOption(first, like), ...d.options.slice(0, 2)],
    rationale: parts.join(' '),
    evidence,
    assumptions: [],
    alsoCommitted: [...rest.map((s) => s.id), ...d.alsoCommitted.filter((id) => !stated.some((s) => s.id === id))],
    // The closest option's meaning, except that it adds nothing: a stated technology is always a component.
    // A stated engine is its own engine, never the closest option's.
    attributes: {
      ...Object.fromEntries(Object.entries(like?.option.attrs ?? {}).filter(([k]) => k !== 'none')),
      ...(like?.option.attrs?.engine ? { engine: first.id } : {}),
    },
    stated: { id: first.id, name: first.name, unknown: first.unknown, evidence: first.evidence },
  };
}
