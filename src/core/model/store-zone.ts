// Where the model places a data store, by the catalogue record's kind: in the app, outside the network, in the region, or in the data subnet.
import { kb } from '../knowledge/active.js';

/**
 * An embedded library runs inside the application (`private`), a global SaaS outside the network (`external`), a
 * regional managed service (object storage, a queue, a serverless database) in the region but in no subnet the team runs
 * (`regional`); a store on servers or a cluster inside the network sits in the isolated data subnet (`data`). For the
 * primary database, `hosting` is the data.database-hosting decision's attribute.
 */
export function storeZone(tech: string, hosting?: string): 'private' | 'external' | 'regional' | 'data' {
  const kind = kb().kindOf(tech);
  // An embedded engine runs in the app however it is "hosted"; else the database-hosting decision's typed attribute
  // says how the primary database is run, whatever the engine's record.
  if (kind === 'embedded-library') return 'private';
  // A managed instance (RDS, Cloud SQL) is attached to the network's data subnet, as one the team runs is.
  if (hosting === 'self-hosted' || hosting === 'managed-regional') return 'data';
  if (hosting === 'saas' || hosting === 'platform') return 'external';
  if (hosting === 'serverless') return 'regional';
  if (kind === 'global-saas') return 'external';
  return kind === 'managed-service' ? 'regional' : 'data';
}
