// What one unit of each kind of component costs on the chosen platform family, asked of the knowledge catalogue's prices.
import type { Family } from '../decide/platform-family.js';
import { kb } from '../knowledge/active.js';
import { groupThousands } from '../actions/format.js';

export interface Price {
  usd: number;
  /** The catalogue's name for the price, its date: "hyperscaler instance, 2025-06". */
  cite: string;
}

const cited = (name: string, what: string): Price => {
  const p = kb().unitPrice(name);
  return { usd: p.usd, cite: `${what}, list price ${p.asOf}` };
};

/** A hyperscaler family (its platforms' catalogue kind): instances are bought at its list prices, and commitments discount them. */
export const isHyperscalerFamily = (family: Family): boolean => kb().familiesOfKind('hyperscaler').includes(family);

/** One 1 vCPU / 2 GB instance a month on the family's hosts; null on the team's own hardware (nothing to buy per month). */
export function instancePrice(f: Family): Price | null {
  if (f === 'on-prem') return null;
  if (f === 'servers') return cited('serverInstance', 'server-host instance');
  if (f === 'paas') return cited('paasInstance', 'PaaS service');
  return cited('hyperscalerInstance', 'hyperscaler instance');
}

/** One managed relational database instance on the family; null when it runs on the team's own servers. */
export function databasePrice(f: Family): Price | null {
  if (f === 'on-prem') return null;
  if (f === 'servers') return cited('serverDatabase', 'managed database on a server host');
  if (f === 'paas') return cited('baasPlan', 'hosted database plan');
  return cited('managedDatabase', '2 vCPU / 4 GB managed database');
}

export const price = (name: string, what: string) => cited(name, what);

/** "$35" with thousands separators; cents kept under ten dollars ("$2.28"). */
export function usd(n: number): string {
  if (n < 10 && !Number.isInteger(n)) return `$${n.toFixed(3).replace(/0$/, '')}`;
  return `$${groupThousands(String(Math.round(n)))}`;
}

/** "104 million" or "850,000" for a monthly request count. */
export function count(n: number): string {
  return n >= 1e6 ? `${groupThousands(String(Math.round(n / 1e6)))} million` : groupThousands(String(Math.round(n)));
}
