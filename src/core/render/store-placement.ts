// Where a data store sits on the network, by what it is: the diagram and the zones table place it the same way.
import type { InfraModel } from '../types.js';
import { kb } from '../knowledge/active.js';

export type Placement = 'private' | 'external' | 'regional' | string;

/**
 * An embedded library runs inside the application, a global SaaS outside the network, a regional managed service
 * (object storage, a queue) in the region but in no subnet; a server-based store stays in the zone the model gave it.
 */
export function storePlacement(d: InfraModel['dataStores'][number]): Placement {
  const kind = kb().kindOf(d.tech);
  if (kind === 'embedded-library') return 'private';
  if (kind === 'global-saas') return 'external';
  return kind === 'managed-service' && d.zone === 'data' ? 'regional' : d.zone;
}

export const REGIONAL_ZONE = 'Regional managed services (no subnet)';
