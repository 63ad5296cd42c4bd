// A query view over a Profile: each condition answers with the evidence that makes it true, or null.
import type { Evidence, ListFact, Profile, ScaleFact, TechCategory } from '../types.js';
import { kb } from '../knowledge/active.js';
import { budgetUsd, lowestBudget } from '../model/cost-budget.js';
import type { TechKind } from '../knowledge/types.js';

export type Hit = Evidence[] | null;

const TECH_LISTS: TechCategory[] = ['cloudProviders', 'dataStores', 'compute', 'iacTools', 'ciCd', 'languages', 'frameworks', 'services'];

/**
 * A live set of catalogue ids of the given kinds. It asks the catalogue in force on every call, so a platform a user
 * pack adds counts like a built-in one.
 */
export class KindSet {
  constructor(private readonly kinds: TechKind[]) {}
  includes(id: string): boolean {
    const k = kb().kindOf(id);
    return !!k && this.kinds.includes(k);
  }
  ids(): string[] {
    return kb().ofKind(...this.kinds);
  }
}

/** Hyperscale clouds: the ones with private networking, managed Kubernetes and multi-region primitives. */
export const HYPERSCALERS = new KindSet(['hyperscaler']);
/** Platforms that run the code for you without a network to design. */
export const PAAS = new KindSet(['paas']);
/** Plain servers rented or owned. */
export const SERVER_HOSTS = new KindSet(['server-host', 'on-premises']);

function ev(facts: ListFact[]): Evidence[] {
  return facts.flatMap((f) => f.evidence.slice(0, 2));
}

export class ProfileView {
  constructor(readonly profile: Profile) {}

  /** Evidence that the inputs commit to a technology id (any category), or null. */
  committed(id: string): Hit {
    for (const cat of TECH_LISTS) {
      const f = this.profile[cat].find((x) => x.id === id);
      if (f) return f.evidence.slice(0, 3);
    }
    const c = this.profile.compliance.find((x) => x.id === id);
    return c ? c.evidence.slice(0, 3) : null;
  }

  /** Evidence for the first of several committed ids. */
  committedAny(...ids: string[]): Hit {
    const hits = ids.map((i) => this.committed(i)).filter((h): h is Evidence[] => !!h);
    return hits.length ? hits.flat().slice(0, 4) : null;
  }

  ids(cat: TechCategory): string[] {
    return this.profile[cat].map((f) => f.id);
  }

  clouds(): string[] {
    return this.ids('cloudProviders');
  }

  hyperscalers(): string[] {
    return this.clouds().filter((c) => HYPERSCALERS.includes(c));
  }

  /** The inputs commit only to PaaS-style platforms (no hyperscaler, no servers). */
  paasOnly(): Hit {
    const c = this.clouds();
    if (c.length === 0 || !c.every((x) => PAAS.includes(x))) return null;
    return ev(this.profile.cloudProviders);
  }

  /** A technology named but not committed to, with why (rejected, future, …). */
  mentioned(id: string): Hit {
    const m = this.profile.mentions.filter((x) => x.id === id);
    return m.length ? m.flatMap((x) => x.evidence).slice(0, 2) : null;
  }

  rejected(id: string): Hit {
    const m = this.profile.mentions.filter((x) => x.id === id && x.reason === 'rejected');
    return m.length ? m.flatMap((x) => x.evidence).slice(0, 2) : null;
  }

  /** A guideline or technical assumption that forbids the id. */
  prohibited(id: string): { text: string; evidence: Evidence[] } | null {
    const c = this.profile.constraints.find((x) => x.kind === 'prohibit' && x.subjects.includes(id));
    return c ? { text: c.text, evidence: c.evidence } : null;
  }

  /** A guideline or technical assumption that demands the id. */
  mandated(id: string): Hit {
    const c = this.profile.constraints.find((x) => x.kind === 'must' && x.subjects.includes(id));
    return c ? c.evidence : null;
  }

  compliance(...ids: string[]): Hit {
    const f = this.profile.compliance.filter((x) => ids.includes(x.id));
    return f.length ? ev(f) : null;
  }

  anyCompliance(): Hit {
    return this.profile.compliance.length ? ev(this.profile.compliance) : null;
  }

  style(...styles: string[]): Hit {
    const s = this.profile.architectureStyle;
    return s && styles.includes(s.value) ? s.evidence : null;
  }

  repo(strategy: string): Hit {
    const r = this.profile.repositoryStrategy;
    return r && r.value === strategy ? r.evidence : null;
  }

  availability(): number | null {
    return this.profile.availabilityTarget?.value ?? null;
  }

  availabilityAtLeast(pct: number): Hit {
    const a = this.profile.availabilityTarget;
    return a && a.value >= pct ? a.evidence : null;
  }

  availabilityBelow(pct: number): Hit {
    const a = this.profile.availabilityTarget;
    return a && a.value < pct ? a.evidence : null;
  }

  rtoMinutes(): number | null {
    return this.profile.rto?.minutes ?? null;
  }

  rpoMinutes(): number | null {
    return this.profile.rpo?.minutes ?? null;
  }

  rtoAtMost(min: number): Hit {
    const r = this.profile.rto;
    return r && r.minutes <= min ? r.evidence : null;
  }

  rpoAtMost(min: number): Hit {
    const r = this.profile.rpo;
    return r && r.minutes <= min ? r.evidence : null;
  }

  /** The largest stated user figure (total or concurrent, whichever is stated). */
  users(): { value: number; evidence: Evidence[] } | null {
    const f = this.profile.scale.filter((s) => s.kind === 'users' || s.kind === 'concurrent-users');
    if (!f.length) return null;
    const top = f.reduce((a, b) => (b.value > a.value ? b : a));
    return { value: top.value, evidence: top.evidence };
  }

  usersAtLeast(n: number): Hit {
    const u = this.users();
    return u && u.value >= n ? u.evidence : null;
  }

  usersAtMost(n: number): Hit {
    const u = this.users();
    return u && u.value <= n ? u.evidence : null;
  }

  /** Peak requests per second, stated or derived from users (10 % active, one request each 10 s). */
  requestsPerSecond(): { value: number; derived: boolean; evidence: Evidence[] } | null {
    const rps = this.profile.scale.find((s) => s.kind === 'requests-per-second');
    if (rps) return { value: rps.value, derived: false, evidence: rps.evidence };
    const rpm = this.profile.scale.find((s) => s.kind === 'requests-per-minute' || s.kind === 'transactions-per-minute');
    if (rpm) return { value: rpm.value / 60, derived: false, evidence: rpm.evidence };
    const conc = this.profile.scale.find((s) => s.kind === 'concurrent-users');
    if (conc) return { value: conc.value / 10, derived: true, evidence: conc.evidence };
    const u = this.users();
    return u ? { value: (u.value * 0.1) / 10, derived: true, evidence: u.evidence } : null;
  }

  tenants(): Hit {
    const t = this.profile.scale.find((s) => s.kind === 'tenants');
    return t ? t.evidence : null;
  }

  teamSize(): number | null {
    return this.profile.team.size?.value ?? null;
  }

  teamAtMost(n: number): Hit {
    const t = this.profile.team.size;
    return t && t.value <= n ? t.evidence : null;
  }

  skill(...ids: string[]): Hit {
    const f = this.profile.team.skills.filter((s) => ids.includes(s.id));
    return f.length ? ev(f) : null;
  }

  /** Lowest stated monthly budget (any currency, read as roughly dollar-equivalent). */
  /** The lowest stated monthly budget, in USD (the catalogue's exchange rates; a currency it lacks counts as USD). */
  budgetMonthly(): { value: number; evidence: Evidence[] } | null {
    const low = lowestBudget(this.profile);
    return low ? { value: budgetUsd(low) ?? low.monthly, evidence: low.evidence } : null;
  }

  budgetBelow(n: number): Hit {
    const b = this.budgetMonthly();
    return b && b.value < n ? b.evidence : null;
  }

  regions(): string[] {
    return this.profile.regions.map((r) => r.id);
  }

  /** Data must stay in the EU: GDPR plus an EU region, or an explicit residency constraint. */
  euResidency(): Hit {
    const eu = this.profile.regions.filter((r) => kb().isEuRegion(r.id));
    if (eu.length) return ev(eu);
    const c = this.profile.constraints.find(
      (x) => (/residen/i.test(x.text) || kb().textNamesJurisdiction(x.text, 'eu')) && /data/i.test(x.text),
    );
    return c ? c.evidence : null;
  }

  multiRegion(): Hit {
    return this.profile.regions.length >= 2 ? ev(this.profile.regions) : null;
  }

  teamAtLeast(n: number): Hit {
    const t = this.profile.team.size;
    return t && t.value >= n ? t.evidence : null;
  }

  /** Any monthly budget stated at all. */
  budgetStated(): Hit {
    const b = this.budgetMonthly();
    return b ? b.evidence : null;
  }

  /** A scale figure of the given kind at or above n. */
  scaleAtLeast(kind: ScaleFact['kind'], n: number): Hit {
    const f = this.profile.scale.find((s) => s.kind === kind && s.value >= n);
    return f ? f.evidence : null;
  }

  /** Two or more hyperscalers, or a hyperscaler next to on-premises: the system must run in more than one place. */
  multiCloud(): Hit {
    const hs = this.profile.cloudProviders.filter((f) => HYPERSCALERS.includes(f.id));
    const onPrem = this.profile.cloudProviders.filter((f) => f.id === 'on-prem');
    return hs.length >= 2 || (hs.length >= 1 && onPrem.length) ? ev([...hs, ...onPrem]) : null;
  }

  /** Regimes whose auditors expect key control, approval gates and change records (not just a privacy policy). */
  regulated(): Hit {
    return this.compliance(...kb().regulatedRegimes());
  }

  /** Audit-driven regimes: regulated ones plus attestation frameworks. */
  audited(): Hit {
    return this.compliance(...kb().auditedRegimes());
  }

  /** Evidence of requirements, constraints or technical assumptions whose text matches (patterns must be linear). */
  states(pattern: RegExp): Hit {
    const hits = [...this.profile.nfrs, ...this.profile.constraints, ...this.profile.technicalAssumptions].filter((x) =>
      pattern.test(x.text),
    );
    return hits.length ? hits.flatMap((x) => x.evidence).slice(0, 2) : null;
  }

  /**
   * Where the system runs, as the inputs state it: requirements, constraints, technical assumptions and the design's own
   * deployment statements ("deployed to a single region"), for topology, backup and DR-tier patterns only.
   */
  statements(): { text: string; evidence: Evidence[] }[] {
    const p = this.profile;
    return [...p.nfrs, ...p.constraints, ...p.technicalAssumptions, ...(p.deploymentStatements ?? [])];
  }

  /** Evidence of a topology statement (`states` over `statements()`). */
  statesDeployment(pattern: RegExp): Hit {
    const hits = this.statements().filter((x) => pattern.test(x.text));
    return hits.length ? hits.flatMap((x) => x.evidence).slice(0, 2) : null;
  }

  nfr(category: string): Hit {
    const n = this.profile.nfrs.filter((x) => x.category === category);
    return n.length ? n.flatMap((x) => x.evidence).slice(0, 2) : null;
  }
}

/** Broad legal area of a region id as documents write it (`eu-west-1`, `sgp1`, `us`, `apac`), or null. */
export function jurisdictionOf(region: string): string | null {
  return kb().jurisdictionOf(region);
}

/** Evidence that the stated regions span two or more legal areas (say, the EU and the US). */
export function regionsSpanJurisdictions(v: ProfileView): Hit {
  const areas = new Set(v.profile.regions.map((r) => jurisdictionOf(r.id)).filter((x): x is string => !!x));
  return areas.size >= 2 ? ev(v.profile.regions) : null;
}

/** Evidence that a stated region lies in the EU/UK (region names only; stricter than `euResidency`). */
export function euRegions(v: ProfileView): Hit {
  const eu = v.profile.regions.filter((r) => jurisdictionOf(r.id) === 'eu');
  return eu.length ? ev(eu) : null;
}
