// What the model needs to know about a technology id (display name, role, price band, version), asked of the catalogue.
import { kb } from '../knowledge/active.js';
import type { RunsOn, TechRole, TechTrait } from '../knowledge/types.js';
import type { TechSlot } from '../types.js';

export type { TechRole } from '../knowledge/types.js';

export interface TechInfo {
  name: string;
  role: TechRole;
  /** Indicative monthly price range (USD) for one small production instance, when the catalogue has one. */
  price?: { low: number; high: number };
  /** Version to pin where it matters. */
  version?: string;
  /** Hosted by a third party and reachable over the internet by default. */
  publicByDefault?: boolean;
}

/** A readable name for any id: the catalogue's, else the id in title case (an unknown technology keeps its own words). */
export function techName(id: string): string {
  return kb().name(id);
}

/** The model's view of a technology: undefined when the catalogue does not say what the model draws it as. */
export function techInfo(id: string): TechInfo | undefined {
  const t = kb().tech(id);
  if (!t?.role) return undefined;
  return {
    name: t.name,
    role: t.role,
    ...(t.price ? { price: { low: t.price.low, high: t.price.high } } : {}),
    ...(t.version ? { version: t.version } : {}),
    ...(t.traits?.includes('public-endpoint-by-default') ? { publicByDefault: true } : {}),
  };
}

const STORE_ROLES: TechRole[] = ['relational', 'document', 'cache', 'object', 'queue', 'search', 'vector', 'warehouse', 'other-store'];

export function isStoreRole(r: TechRole | undefined): boolean {
  return !!r && STORE_ROLES.includes(r);
}

/** A store that holds the system's records (relational, document, or a graph, time-series or other database), not a copy or a buffer. */
export function isRecordStore(s: { kind: string }): boolean {
  return s.kind === 'relational' || s.kind === 'document' || s.kind === 'other';
}

/** Where a framework's or language's code runs, as the catalogue says (browser, server, device). */
export function runsOn(id: string, where: RunsOn): boolean {
  return kb().tech(id)?.runsOn?.includes(where) ?? false;
}

/** A hosting platform that serves static sites and front ends from its edge (Vercel, Netlify, Cloudflare). */
export function isStaticHostPlatform(id: string): boolean {
  const t = kb().tech(id);
  return !!t && t.slots.includes('hosting-platform') && (t.role === 'static-host' || t.role === 'cdn');
}

/** A hosting platform that is also the database: a backend as a service (Supabase, Firebase, Convex). */
export function isBackendAsAService(id: string): boolean {
  const t = kb().tech(id);
  return !!t && t.slots.includes('hosting-platform') && t.slots.includes('database');
}

/** What a platform supplies for a slot when no decision names one (the catalogue record's `defaults`). */
export function platformDefault(platform: string, slot: TechSlot): string | undefined {
  return kb().tech(platform)?.defaults?.[slot];
}

/** A hosted service the system calls across its boundary: global SaaS, or a managed identity provider users sign in through. */
export function isExternalService(id: string): boolean {
  const t = kb().tech(id);
  return !!t && (t.kind === 'global-saas' || (t.kind === 'managed-service' && t.slots.includes('identity')));
}

/** The catalogue says the technology has a trait (previews per change, packaging only, …). */
export function hasTrait(id: string, trait: TechTrait): boolean {
  return kb().hasTrait(id, trait);
}
