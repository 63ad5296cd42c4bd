// The cost analysis's unit prices, asked of the knowledge catalogue (knowledge/prices.yaml): one source, each dated and sourced.
import { kb } from '../knowledge/active.js';

/** The unit prices the analyses use by name; knowledge/prices.yaml gives each one. */
export const PRICE_NAMES = [
  'hyperscalerInstance',
  'serverInstance',
  'paasInstance',
  'paasPlan',
  'functionPerMillion',
  'edgePerMillion',
  'edgePlan',
  'gatewayPerMillion',
  'kubernetesControlPlane',
  'loadBalancer',
  'natGateway',
  'managedDatabase',
  'serverDatabase',
  'baasPlan',
  'nosqlPerMillion',
  'cacheNode',
  'databaseStorageGb',
  'objectStorageGb',
  'egressGb',
  'logIngestGb',
] as const;
export type PriceName = (typeof PRICE_NAMES)[number];

/** USD per unit for every price the analyses use, read from the catalogue in force (a pack may override one). */
export function priceTable(): Record<PriceName, number> {
  const c = kb();
  return Object.fromEntries(PRICE_NAMES.map((n) => [n, c.price(n)])) as Record<PriceName, number>;
}

/** Basis printed with every cost result, so a reader knows what the figures are and when they were read. */
export function priceBasis(): string {
  const c = kb();
  const dates = [...new Set(PRICE_NAMES.map((n) => c.unitPrice(n).asOf))].sort();
  const when = dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
  return `indicative on-demand list prices in USD (US regions, rounded, read ${when}, from the providers' public price pages); excludes tax, support plans and free tiers`;
}

/** Share of compute and database cost a one-year commitment (savings plan, reserved instance) removes. */
export const COMMITMENT_DISCOUNT = 0.3;
/** Share of non-production compute hours saved by running it 12 h × 5 days instead of always. */
export const OFF_HOURS_SAVING = 1 - (12 * 5) / (24 * 7);
