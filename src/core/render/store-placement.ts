// Where a data store sits on the network, by what it is: the diagram and the zones table place it the same way.
import type { InfraModel } from '../types.js';
import { storeZone } from '../model/store-zone.js';

export type Placement = 'private' | 'external' | 'regional' | string;

/**
 * Where the model's own placement by kind (`storeZone`) says a store sits, for models that still hold it in the data
 * subnet (hand-written or older ones): an embedded library in the application, a global SaaS outside the network, a
 * regional managed service (object storage, a queue) in the region but in no subnet; a server-based store stays in the
 * zone the model gave it.
 */
export function storePlacement(d: InfraModel['dataStores'][number]): Placement {
  const byKind = storeZone(d.tech);
  return byKind === 'private' || byKind === 'external' || (byKind === 'regional' && d.zone === 'data') ? byKind : d.zone;
}

export const REGIONAL_ZONE = 'Regional managed services (no subnet)';
