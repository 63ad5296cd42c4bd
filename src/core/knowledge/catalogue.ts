// The knowledge catalogue as a value: questions about technologies, regions, regimes and DR tiers, answered from data.
import type { Evidence, TechSlot, UnknownTechFact } from '../types.js';
import { trimChars } from '../text/trim-chars.js';
import type { AliasEntry } from './alias-entry.js';
import type {
  CatalogueData,
  CurrencyRecord,
  DrTierRecord,
  PlatformFamily,
  PlatformFamilyRecord,
  RegimeControl,
  RegimeRecord,
  RegionRecord,
  StageRecord,
  TechKind,
  TechRecord,
  TechTrait,
  UnitPrice,
} from './types.js';

/** A name looked up in the catalogue: the record when known, else an opaque unknown that later stages carry. */
export type TechLookup = { known: true; record: TechRecord } | { known: false; unknown: UnknownTechFact };

/** Kebab-case form of a name as written (`Acme Cloud` → `acme-cloud`). */
export function kebabId(name: string): string {
  return (
    trimChars(
      name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-'),
      '-',
    ) || 'unnamed'
  );
}

/** Title case of an id, the display name of last resort. */
export function titleOfId(id: string): string {
  return (
    id
      .split(/[-_]/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(' ') || id
  );
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

export class Catalogue {
  private readonly techs = new Map<string, TechRecord>();
  private readonly regimeMap = new Map<string, RegimeRecord>();
  private readonly tierMap = new Map<string, DrTierRecord>();
  private names: Map<string, string> | null = null;
  private aliases: AliasEntry[] | null = null;
  private geo: { jurisdiction: string; res: RegExp[] }[] | null = null;
  private fileIndex: { f: string; t: TechRecord }[] | null = null;
  private places: { name: string; id?: string; jurisdiction: string }[] | null = null;
  private countryGeo: { country: string; res: RegExp[] }[] | null = null;
  private readonly regionMap = new Map<string, RegionRecord>();

  constructor(readonly data: CatalogueData) {
    for (const t of data.technologies) this.techs.set(t.id, t);
    for (const r of data.regimes) this.regimeMap.set(r.id, r);
    for (const d of data.drTiers) this.tierMap.set(d.id, d);
    for (const r of data.regions) this.regionMap.set(r.id.toLowerCase(), r);
  }

  tech(id: string): TechRecord | undefined {
    return this.techs.get(id);
  }

  /** Whether a name as written is a known technology: by id, by its kebab form, or by a record's display name. */
  knows(name: string): boolean {
    const key = name.trim().toLowerCase();
    if (this.techs.has(key) || this.techs.has(kebabId(name))) return true;
    return this.data.technologies.some((t) => t.name.toLowerCase() === key);
  }

  technologies(): TechRecord[] {
    return this.data.technologies;
  }

  /** Display name: the record's, else the first plain alias of whatever names the id, else the id in title case. */
  name(id: string): string {
    const t = this.techs.get(id) ?? this.regimeMap.get(id);
    if (t) return t.name;
    return titleOfId(id);
  }

  /** Ids of the technologies of the given kinds, in catalogue order. */
  ofKind(...kinds: TechKind[]): string[] {
    return this.data.technologies.filter((t) => kinds.includes(t.kind)).map((t) => t.id);
  }

  /** Ids of the technologies that can fill a slot, in catalogue order. */
  withSlot(slot: TechSlot): string[] {
    return this.data.technologies.filter((t) => t.slots.includes(slot)).map((t) => t.id);
  }

  /** Ids of the technologies with a trait, in catalogue order. */
  withTrait(trait: TechTrait): string[] {
    return this.data.technologies.filter((t) => t.traits?.includes(trait)).map((t) => t.id);
  }

  kindOf(id: string): TechKind | undefined {
    return this.techs.get(id)?.kind;
  }

  hasTrait(id: string, trait: TechTrait): boolean {
    return this.techs.get(id)?.traits?.includes(trait) ?? false;
  }

  /** The provider whose account a technology lives in; a hosting platform is its own provider. */
  providerOf(id: string): string | undefined {
    const t = this.techs.get(id);
    if (!t) return undefined;
    return t.provider ?? (t.slots.includes('hosting-platform') ? t.id : undefined);
  }

  /**
   * The provider account a technology finally lives in, following providers up (Firebase Functions → Firebase →
   * Google Cloud); an id the catalogue lacks is its own account.
   */
  accountOf(id: string): string {
    let cur = id;
    for (let i = 0; i < 4; i++) {
      const next = this.techs.get(cur)?.provider;
      if (!next || next === cur) break;
      cur = next;
    }
    return cur;
  }

  /** Two providers are one account family (Firebase runs inside Google Cloud). */
  sameAccount(a: string, b: string): boolean {
    return this.accountOf(a) === this.accountOf(b);
  }

  /** The provider a managed service or tool exists on only (ECS → aws, Bicep → azure); undefined for portable technologies and platforms. */
  soleProvider(id: string): string | undefined {
    const t = this.techs.get(id);
    return t?.provider && t.provider !== t.id && t.kind === 'managed-service' ? t.provider : undefined;
  }

  /**
   * Finds a technology named in the documents: by id, display name or a plain spelling. A name the catalogue
   * lacks comes back as an opaque unknown (its kebab-case id, the name as written, the slot and evidence).
   */
  lookup(name: string, slot: TechSlot, evidence: Evidence[] = [], confidence = 1): TechLookup {
    const id = this.spellingIndex().get(normalise(name));
    const record = id ? this.techs.get(id) : undefined;
    if (record) return { known: true, record };
    return { known: false, unknown: { id: kebabId(name), name: name.trim(), slot, evidence, confidence } };
  }

  private spellingIndex(): Map<string, string> {
    if (this.names) return this.names;
    const m = new Map<string, string>();
    const add = (k: string, id: string) => {
      const n = normalise(k);
      if (n && !m.has(n)) m.set(n, id);
    };
    for (const t of this.data.technologies) add(t.id, t.id);
    for (const t of this.data.technologies) add(t.name, t.id);
    for (const t of this.data.technologies)
      for (const g of t.aliases ?? []) for (const s of [...(g.terms ?? []), ...(g.exact ?? [])]) if (!s.startsWith('/')) add(s, t.id);
    return (this.names = m);
  }

  /**
   * How documents spell the given technologies: display names and plain alias terms (case-insensitive), and the
   * spellings that must match with exact case. Regular-expression aliases are extraction's own and are left out.
   */
  spellingsOf(ids: readonly string[]): { anyCase: string[]; exactCase: string[] } {
    const anyCase = new Set<string>();
    const exactCase = new Set<string>();
    for (const id of ids) {
      const t = this.techs.get(id);
      if (!t) continue;
      anyCase.add(t.name);
      for (const g of t.aliases ?? []) {
        for (const s of g.terms ?? []) if (!s.startsWith('/')) anyCase.add(s);
        for (const s of g.exact ?? []) if (!s.startsWith('/')) exactCase.add(s);
      }
    }
    return { anyCase: [...anyCase], exactCase: [...exactCase] };
  }

  /** What a system can be hosted on: the hosting platforms, and the platforms a family names (a Kubernetes cluster). */
  hostingTargets(): string[] {
    const named = this.data.platformFamilies.flatMap((f) => f.platforms ?? []);
    return [...new Set([...this.withSlot('hosting-platform'), ...named.filter((id) => this.techs.has(id))])];
  }

  /** The alias table extraction scans with: every record's spellings, regimes included, in catalogue order. */
  aliasEntries(): AliasEntry[] {
    if (this.aliases) return this.aliases;
    const out: AliasEntry[] = [];
    const records = [
      ...this.data.technologies.map((t) => ({ id: t.id, category: t.category, aliases: t.aliases })),
      ...this.data.regimes.map((r) => ({ id: r.id, category: 'compliance' as const, aliases: r.aliases })),
    ];
    for (const r of records) {
      for (const g of r.aliases ?? []) {
        const e: AliasEntry = { id: r.id, category: g.category ?? r.category, terms: g.terms ?? [] };
        if (g.exact) e.exact = g.exact;
        if (g.vendor) e.vendor = new RegExp(g.vendor, g.vendorMatchCase ? '' : 'i');
        if (g.stackOnly !== undefined) e.stackOnly = g.stackOnly;
        if (g.implies) e.implies = g.implies;
        if (g.variants) e.variants = g.variants.map((v) => ({ when: new RegExp(v.when, 'i'), id: v.id }));
        out.push(e);
      }
    }
    return (this.aliases = out);
  }

  /** Every configuration file name the records list by its full name (`fly.toml`, `Chart.yaml`; patterns such as `*.tf` left out). */
  configFileNames(): string[] {
    return [...new Set(this.data.technologies.flatMap((t) => (t.files ?? []).filter((f) => !f.includes('*'))))];
  }

  /** The technology whose own configuration file a name is (`Chart.yaml` → helm, `main.tf` → terraform), or undefined. */
  technologyOfFile(fileName: string): TechRecord | undefined {
    const name = fileName.toLowerCase();
    this.fileIndex ??= this.data.technologies.flatMap((t) => (t.files ?? []).map((f) => ({ f: f.toLowerCase(), t })));
    return this.fileIndex.find(({ f }) => (f.startsWith('*.') ? name.endsWith(f.slice(1)) && name.length > f.length - 1 : name === f))?.t;
  }

  // ---- Regimes ----

  regime(id: string): RegimeRecord | undefined {
    return this.regimeMap.get(id);
  }

  regimes(): RegimeRecord[] {
    return this.data.regimes;
  }

  /** Regimes whose auditors expect key control, approval gates and change records. */
  regulatedRegimes(): string[] {
    return this.data.regimes.filter((r) => r.regulated).map((r) => r.id);
  }

  /** Audit-driven regimes: the regulated ones plus attestation frameworks. */
  auditedRegimes(): string[] {
    return this.data.regimes.filter((r) => r.audited).map((r) => r.id);
  }

  /** Regimes under which an assessor expects a named control (a WAF) in the design. */
  regimesExpecting(control: RegimeControl): string[] {
    return this.data.regimes.filter((r) => r.controls?.includes(control)).map((r) => r.id);
  }

  /** Regimes that ask vendors for a paper (BAA, AoC, authorisation). */
  attestedRegimes(): string[] {
    return this.data.regimes.filter((r) => r.vendorPaper).map((r) => r.id);
  }

  // ---- Regions ----

  regions(): RegionRecord[] {
    return this.data.regions;
  }

  /**
   * Legal area of a region id as documents write it (`eu-west-1`, `sgp1`, `us`, `apac`), or null: a known region
   * code answers directly, else the geographies' whole-token patterns are tried in catalogue order.
   */
  jurisdictionOf(region: string): string | null {
    const r = region.toLowerCase();
    const known = this.regionMap.get(r);
    if (known) return known.jurisdiction;
    this.geo ??= this.data.regions
      .filter((g) => g.patterns?.length)
      .map((g) => ({ jurisdiction: g.jurisdiction, res: g.patterns!.map((p) => new RegExp(p, 'i')) }));
    for (const g of this.geo) if (g.res.some((re) => re.test(r))) return g.jurisdiction;
    return null;
  }

  /**
   * Whether a sentence names a place in a legal area ("keep data in Frankfurt", "EU-only"): each word is asked of
   * the region records, so the answer is linear in the text and follows the same data as region ids.
   */
  textNamesJurisdiction(text: string, jurisdiction: string): boolean {
    for (const m of text.toLowerCase().matchAll(/[a-z][a-z0-9-]*/g)) if (this.jurisdictionOf(m[0]) === jurisdiction) return true;
    return false;
  }

  /**
   * Every way prose names a geography or a place inside one, longest first: `id` is the record's id for a name of the
   * geography itself ("Asia-Pacific" → apac), absent for a place, which is read as written ("Germany").
   */
  placeNames(): { name: string; id?: string; jurisdiction: string }[] {
    this.places ??= this.data.regions
      .flatMap((r) => [
        ...(r.names ?? []).map((name) => ({ name, id: r.id, jurisdiction: r.jurisdiction })),
        ...(r.places ?? []).map((name) => ({ name, jurisdiction: r.jurisdiction })),
      ])
      .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
    return this.places;
  }

  /**
   * Country (ISO code) a region id as documents write it stands in (`ap-southeast-2` → au, `london` → gb), or null:
   * a known code answers directly, else the patterns of the records that carry a country are tried in file order.
   */
  countryOf(region: string): string | null {
    const r = region.toLowerCase();
    const known = this.regionMap.get(r);
    if (known?.country) return known.country;
    if (known?.provider) return null;
    this.countryGeo ??= this.data.regions
      .filter((g) => g.country && g.patterns?.length)
      .map((g) => ({ country: g.country!, res: g.patterns!.map((p) => new RegExp(p, 'i')) }));
    for (const g of this.countryGeo) if (g.res.some((re) => re.test(r))) return g.country;
    return null;
  }

  /** The records a residency statement can name (those with residencyTerms), by id. */
  residencyArea(id: string): RegionRecord | undefined {
    const r = this.regionMap.get(id.toLowerCase());
    return r?.residencyTerms?.length ? r : undefined;
  }

  /**
   * Residency areas a sentence names, as record ids in catalogue order: by an area's own terms ("Canada", "US-only")
   * or (with `laws`) by a law whose residencyArea is one ("under PIPEDA"). Each term is looked up as a whole word, so the answer is
   * linear in the text for a fixed catalogue.
   */
  residencyAreasNamedIn(text: string, laws = true): string[] {
    const out = new Set<string>();
    for (const r of this.data.regions) if (r.residencyTerms?.some((t) => namesWord(text, t))) out.add(r.id);
    for (const g of laws ? this.data.regimes : []) {
      if (!g.residencyArea || !this.residencyArea(g.residencyArea)) continue;
      const terms = (g.aliases ?? []).flatMap((a) => [...(a.terms ?? []), ...(a.exact ?? [])]).filter((t) => !t.startsWith('/'));
      if (terms.some((t) => namesWord(text, t))) out.add(g.residencyArea);
    }
    return [...out];
  }

  /**
   * Whether a region lies inside a residency area: the same country for a country, the same legal area otherwise;
   * null when the catalogue cannot place the region closely enough to tell (`apac` against Australia).
   */
  inResidencyArea(region: string, areaId: string): boolean | null {
    const area = this.residencyArea(areaId);
    if (!area) return null;
    const j = this.jurisdictionOf(region);
    if (!area.country) return j ? j === area.jurisdiction : null;
    const c = this.countryOf(region);
    if (c) return c === area.country;
    return j && j !== area.jurisdiction ? false : null;
  }

  /** The region lies in the EU/EEA, the UK or Switzerland (the area GDPR transfers are judged against). */
  isEuRegion(region: string): boolean {
    return this.jurisdictionOf(region) === 'eu';
  }

  // ---- DR tiers ----

  drTier(id: string): DrTierRecord | undefined {
    return this.tierMap.get(id);
  }

  drTiers(): DrTierRecord[] {
    return this.data.drTiers;
  }

  // ---- Platform families and environment stages ----

  /**
   * The family a hosting platform belongs to: a family that names it, else one that claims its kind, else the
   * fallback family (a platform the catalogue lacks runs on servers someone operates); `unknown` when none is given.
   */
  familyOf(platform: string | null): PlatformFamily {
    if (!platform) return 'unknown';
    const fams = this.data.platformFamilies;
    const named = fams.find((f) => f.platforms?.includes(platform));
    if (named) return named.id;
    const kind = this.kindOf(platform);
    const byKind = kind ? fams.find((f) => f.kinds?.includes(kind)) : undefined;
    return (byKind ?? fams.find((f) => f.fallback))?.id ?? 'unknown';
  }

  /** The families whose platforms are of a kind, by name or by kind (hyperscaler → aws, azure, gcp, other-hyperscaler), in catalogue order. */
  familiesOfKind(kind: TechKind): PlatformFamily[] {
    return this.data.platformFamilies
      .filter((f) => f.kinds?.includes(kind) || (f.platforms?.length && f.platforms.every((p) => this.kindOf(p) === kind)))
      .map((f) => f.id);
  }

  /** A family's record (what it brings for operations by default); the `unknown` family's when the catalogue lacks it. */
  platformFamily(id: PlatformFamily): PlatformFamilyRecord {
    const fams = this.data.platformFamilies;
    const r = fams.find((f) => f.id === id) ?? fams.find((f) => f.id === 'unknown');
    if (!r) throw new Error(`knowledge catalogue: no platform family named ${id} and no unknown family`);
    return r;
  }

  /** An environment stage's name and purpose, when the catalogue knows the stage. */
  stage(id: string): StageRecord | undefined {
    return this.data.stages.find((s) => s.id === id);
  }

  /** A unit price of the cost analysis, in USD. */
  price(name: string): number {
    return this.unitPrice(name).usd;
  }

  /** A unit price with what it prices, its date and its source. */
  unitPrice(name: string): UnitPrice {
    const p = this.data.prices[name];
    if (p === undefined) throw new Error(`knowledge catalogue: no price named ${name}`);
    return p;
  }

  /** What one unit of a currency is worth in USD, with its date and source; undefined for a currency the catalogue lacks. */
  currency(code: string): CurrencyRecord | undefined {
    return this.data.currencies.find((c) => c.id === code.toUpperCase());
  }
}

/**
 * Whether text holds a term as a whole word: an acronym in capitals ("US", "UK") only as written, so the pronoun "us"
 * never counts; other terms in any case. One indexOf scan per term.
 */
function namesWord(text: string, term: string): boolean {
  const acronym = term === term.toUpperCase();
  const hay = acronym ? text : text.toLowerCase();
  const needle = acronym ? term : term.toLowerCase();
  const word = /[A-Za-z0-9]/;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = at > 0 ? hay[at - 1] : '';
    const after = hay[at + needle.length] ?? '';
    if (!word.test(before) && !(word.test(needle[needle.length - 1]) && word.test(after))) return true;
  }
  return false;
}
