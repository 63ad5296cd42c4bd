// Helpers the decision points' validation checks share: the model's named regions, its stores, durations.
import type { InfraModel } from '../types.js';
import { isPlaceholderRegion, listOf } from '../render/facts.js';
import { startsWithName } from '../render/proper-words.js';
import { techName } from '../model/tech-catalog.js';

export { listOf };

/** The model's regions that have a real name (not a placeholder still to choose). */
export const regions = (m: InfraModel): string[] => m.regions.filter((r) => !isPlaceholderRegion(r.id)).map((r) => r.id);

/** The data stores by name, for a sentence; a generic phrase when there are none. */
export const stores = (m: InfraModel): string => listOf(m.dataStores.map((s) => s.name)) || 'each data store';

/** Minutes as a reader says them: "45 min", "4 h"; null stays null. */
export const minutes = (n: number | null): string | null => (n === null ? null : n >= 60 ? `${+(n / 60).toFixed(1)} h` : `${n} min`);

/** The compute units by name ("Application API and Background worker"), or a generic phrase. */
export const units = (m: InfraModel, fallback = 'every service'): string => listOf(m.compute.map((c) => c.name)) || fallback;

/** The units that run server-side code (not the edge or a static front end), by name. */
export const services = (m: InfraModel, fallback = 'every service'): string =>
  listOf(m.compute.filter((c) => c.role !== 'edge' && c.role !== 'frontend').map((c) => c.name)) || fallback;

/** The production environment's name: the last shared environment, which promotes nowhere. */
export const prod = (m: InfraModel): string => m.environments.filter((e) => !e.promotesTo && e.id !== 'local').at(-1)?.name ?? 'production';

/** The environment that promotes to production (staging, usually), else production itself. */
export const rehearsal = (m: InfraModel): string => {
  const p = m.environments.filter((e) => !e.promotesTo && e.id !== 'local').at(-1);
  return m.environments.find((e) => p && e.promotesTo === p.id)?.name ?? p?.name ?? 'staging';
};

/** The environments other than developer machines, by name. */
export const shared = (m: InfraModel): string =>
  listOf(m.environments.filter((e) => e.id !== 'local').map((e) => e.name)) || 'every environment';

/** A title as it reads mid-sentence: "the platform's built-in router", but "GitHub Actions" keeps its capital. */
export const inline = (title: string): string => (startsWithName(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));

/** The model's name for a store of this technology (with its hosting), else the option title. */
export const storeName = (m: InfraModel, tech: string, title: string): string => m.dataStores.find((s) => s.tech === tech)?.name ?? title;

/** The stores that hold the system's own data (not caches or queues), by name; null when there are none. */
export const durableStores = (m: InfraModel): string | null =>
  listOf(m.dataStores.filter((s) => s.kind !== 'cache' && s.kind !== 'queue').map((s) => s.name)) || null;

/** The tool the delivery pipeline runs on, by its catalogue name; a generic phrase when no pipeline is modelled. */
export const pipelineTool = (m: InfraModel): string => (m.pipelines[0] ? techName(m.pipelines[0].tool) : 'the pipeline');

/** The technologies the system runs on, by name, once each: the runtime of each unit, then each store. */
export const runsOn = (m: InfraModel): string =>
  listOf([...new Set([...m.compute.map((c) => techName(c.tech)), ...m.dataStores.map((s) => s.name)])]) || 'the services in use';

/** The cost lines a reader checks first: the largest at the high estimate, by name. */
export const largestCosts = (m: InfraModel, n = 2): string[] =>
  [...m.costLines]
    .sort((a, b) => b.monthlyHigh - a.monthlyHigh)
    .slice(0, n)
    .map((l) => l.item);

/** Where recovery happens: the named regions after the primary, else a phrase. */
export const recoveryLocation = (m: InfraModel): string =>
  regions(m)
    .filter((r) => r !== m.regions[0]?.id)
    .join(', ') || 'the recovery location';

/** The databases (relational or document stores), by name; null when there are none. */
export const databases = (m: InfraModel): string | null =>
  listOf(m.dataStores.filter((s) => s.kind === 'relational' || s.kind === 'document').map((s) => s.name)) || null;
