// What the model needs to know about a technology id (display name, role, price band, version), asked of the catalogue.
import { kb } from '../knowledge/active.js';
import type { TechRole } from '../knowledge/types.js';

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

/** Front-end frameworks whose output is served to browsers. */
export const FRONTEND_FRAMEWORKS = [
  'react',
  'nextjs',
  'vue',
  'nuxt',
  'angular',
  'svelte',
  'sveltekit',
  'remix',
  'astro',
  'eleventy',
  'gatsby',
  'solid',
  'solidjs',
  'qwik',
  'ember',
  'preact',
  'htmx',
  'hugo',
  'jekyll',
  'vite',
];
/** Native or desktop clients: the product ships an app rather than a web front end. */
export const NATIVE_FRAMEWORKS = [
  'swiftui',
  'swift',
  'uikit',
  'react-native',
  'flutter',
  'expo',
  'kotlin',
  'jetpack-compose',
  'electron',
  'tauri',
];
