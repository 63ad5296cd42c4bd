// Helpers the decision points' validation checks share: the model's named regions, its stores, durations.
import type { InfraModel } from '../types.js';
import { isPlaceholderRegion, listOf } from '../render/facts.js';

export { listOf };

/** The model's regions that have a real name (not a placeholder still to choose). */
export const regions = (m: InfraModel): string[] => m.regions.filter((r) => !isPlaceholderRegion(r.id)).map((r) => r.id);

/** The data stores by name, for a sentence; a generic phrase when there are none. */
export const stores = (m: InfraModel): string => listOf(m.dataStores.map((s) => s.name)) || 'each data store';

/** Minutes as a reader says them: "45 min", "4 h"; null stays null. */
export const minutes = (n: number | null): string | null => (n === null ? null : n >= 60 ? `${+(n / 60).toFixed(1)} h` : `${n} min`);
