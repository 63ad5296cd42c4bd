// Security zones and trust boundaries: who may talk to whom, drawn from the components.
import type { InfraModel, ZoneKind } from '../types.js';
import type { Family } from '../decide/platform-family.js';
import type { Components } from './derive-components.js';
import { USERS_ID } from './derive-components.js';

export function deriveZones(family: Family, compute: InfraModel['compute'], hasExternal: boolean): InfraModel['zones'] {
  const managed = family === 'paas';
  const zones: { id: string; name: string; kind: ZoneKind }[] = [];
  if (compute.some((c) => c.zone === 'edge') || family !== 'servers')
    zones.push({ id: 'edge', name: 'Edge (CDN, TLS termination, WAF)', kind: 'edge' });
  zones.push({
    id: 'public',
    name: managed ? 'Platform ingress (managed load balancing)' : 'Public subnet (load balancer, gateway)',
    kind: 'public',
  });
  zones.push({ id: 'private', name: managed ? 'Platform-managed application tier' : 'Private application subnet', kind: 'private' });
  zones.push({ id: 'data', name: managed ? 'Managed data services' : 'Isolated data subnet', kind: 'data' });
  zones.push({ id: 'management', name: 'Management (CI/CD, IaC state, observability)', kind: 'management' });
  if (hasExternal) zones.push({ id: 'external', name: 'External services', kind: 'external' });
  return zones;
}

export function deriveTrustBoundaries(parts: Components, pipelines: InfraModel['pipelines']): InfraModel['trustBoundaries'] {
  const inZone = (z: string) => parts.compute.filter((c) => c.zone === z).map((c) => c.id);
  const tb: InfraModel['trustBoundaries'] = [
    { id: 'internet', name: 'Untrusted internet', members: [USERS_ID, ...parts.clients.map((c) => c.id)] },
    { id: 'edge-boundary', name: 'Edge: TLS and request filtering', members: inZone('edge') },
    { id: 'application-boundary', name: 'Application: authenticated workloads', members: [...inZone('public'), ...inZone('private')] },
    { id: 'data-boundary', name: 'Data: reachable only from the application', members: parts.dataStores.map((d) => d.id) },
    { id: 'management-boundary', name: 'Management: pipeline and operator access', members: pipelines.map((p) => p.id) },
  ];
  if (parts.externalServices.length)
    tb.push({ id: 'third-party-boundary', name: 'Third-party services', members: parts.externalServices.map((e) => e.id) });
  return tb.filter((b) => b.members.length > 0);
}
