// What a chosen option carries in this project: the components it runs or stores and what they cost a month.
import type { Decision, InfraModel } from '../types.js';
import { listOf, money } from './facts.js';

/**
 * "Application API and Background worker, $105–$280 a month": the compute units the decision added, the stores of
 * its technology, and the production cost lines of those or of the decision itself (non-production environments are
 * priced as a whole elsewhere). Null when the choice carries nothing the model names.
 */
export function carriedHere(d: Decision, m: InfraModel): string | null {
  const techs = new Set([d.choice, ...d.alsoCommitted]);
  const parts = [
    ...m.compute.filter((u) => u.from?.includes(d.id)),
    ...m.dataStores.filter((s) => s.from?.includes(d.id) || techs.has(s.tech)),
  ];
  const partIds = new Set(parts.map((x) => x.id));
  const lines = m.costLines.filter((l) => l.from?.[0] === d.id || partIds.has(l.from?.[0] ?? ''));
  const names = parts.length ? parts.map((x) => x.name) : lines.map((l) => l.item);
  if (!names.length) return null;
  const low = lines.reduce((s, l) => s + l.monthlyLow, 0);
  const high = lines.reduce((s, l) => s + l.monthlyHigh, 0);
  const cost = !lines.length ? '' : low === high ? `, ${money(high)} a month` : `, ${money(low)}–${money(high)} a month`;
  return `${listOf(names)}${cost}`;
}
