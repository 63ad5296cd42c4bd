// Security zones and trust boundaries: who may talk to whom, drawn from the components.
import type { InfraModel, ZoneKind } from '../types.js';
import type { Family } from '../decide/platform-family.js';
import type { Components } from './derive-components.js';
import { USERS_ID } from './derive-components.js';
import { techName } from './tech-catalog.js';
import { listOf } from '../render/facts.js';

type Compute = InfraModel['compute'][number];

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
  const inZone = (...zones: string[]) => parts.compute.filter((c) => zones.includes(c.zone));
  // Each boundary is named for what sits in it here: the edge and runtime products, the units the data answers to, the pipeline tools.
  const on = (units: Compute[]) => listOf([...new Set(units.map((c) => techName(c.tech)))]);
  const edge = inZone('edge');
  const app = inZone('public', 'private');
  const tools = listOf([...new Set(pipelines.map((p) => techName(p.tool)))]);
  const tb: InfraModel['trustBoundaries'] = [
    { id: 'internet', name: 'Untrusted internet', members: [USERS_ID, ...parts.clients.map((c) => c.id)] },
    { id: 'edge-boundary', name: `Edge: TLS and request filtering${edge.length ? ` at ${on(edge)}` : ''}`, members: edge.map((c) => c.id) },
    {
      id: 'application-boundary',
      name: `Application: authenticated workloads${app.length ? ` on ${on(app)}` : ''}`,
      members: app.map((c) => c.id),
    },
    {
      id: 'data-boundary',
      name: `Data: reachable only from ${listOf(app.map((c) => c.name)) || 'the application'}`,
      members: parts.dataStores.map((d) => d.id),
    },
    {
      id: 'management-boundary',
      name: `Management: ${tools ? `${tools} and operator access` : 'pipeline and operator access'}`,
      members: pipelines.map((p) => p.id),
    },
  ];
  if (parts.externalServices.length)
    tb.push({ id: 'third-party-boundary', name: 'Third-party services', members: parts.externalServices.map((e) => e.id) });
  return tb.filter((b) => b.members.length > 0);
}
