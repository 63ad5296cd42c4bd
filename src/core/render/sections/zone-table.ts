// The Security zones table: each zone with what of this system sits in it and what it accepts traffic from, placed as the network diagram places it.
import type { RootContent } from 'mdast';
import type { InfraModel } from '../../types.js';
import { refName } from '../../model/model-ref.js';
import { techName } from '../../model/tech-catalog.js';
import type { RenderContext } from '../render-context.js';
import { listOf } from '../facts.js';
import { h, table } from '../md.js';
import { REGIONAL_ZONE, storePlacement } from '../store-placement.js';

type Zone = InfraModel['zones'][number];

/** A decided service by its title, unless the choice is to have none ("No CDN", "none"). */
function decided(c: RenderContext, id: string): string | null {
  const d = c.decisions.find((x) => x.id === id);
  return d && d.choice !== 'none' && !/^no\b/i.test(d.choiceTitle) ? d.choiceTitle : null;
}

function waf(c: RenderContext): string | null {
  const w = c.model.security.waf;
  const name = w ? refName(w, c.decisions) : null;
  return name && !/^no\b/i.test(name) ? name : null;
}

/** The model ids a zone holds: its compute units and the stores the diagram draws in it. */
function memberIds(z: Zone, m: InfraModel): string[] {
  return [
    ...m.compute.filter((x) => x.zone === z.id).map((x) => x.id),
    ...m.dataStores
      .filter((d) => {
        const at = storePlacement(d);
        return at === z.kind || (at === d.zone && d.zone === z.id);
      })
      .map((d) => d.id),
  ];
}

export function zonesTable(c: RenderContext): RootContent[] {
  const m = c.model;
  const names = new Map<string, string>([['users', 'Users']]);
  for (const x of [...(m.clients ?? []), ...m.compute, ...m.dataStores, ...m.externalServices]) names.set(x.id, x.name);
  const name = (id: string) => names.get(id) ?? id;
  const incoming = (ids: string[]) => [...new Set(m.flows.filter((f) => ids.includes(f.to) && !ids.includes(f.from)).map((f) => f.from))];
  const edgeIds = m.zones.filter((z) => z.kind === 'edge').flatMap((z) => memberIds(z, m));
  const outside = ['users', ...(m.clients ?? []).map((x) => x.id)];
  const cdn = decided(c, 'network.edge');
  const publicZone = m.zones.find((z) => z.kind === 'public');
  // A router the platform or the design puts in front of the application: traffic from the internet and the edge passes it.
  const ingress = publicZone && !memberIds(publicZone, m).length ? decided(c, 'network.ingress') : null;
  const rows: string[][] = [];
  for (const z of m.zones) {
    const ids = z.kind === 'external' ? [] : memberIds(z, m);
    let members = ids.map(name);
    let from: string[] = [];
    if (z.kind === 'edge') {
      members = [...members, ...[cdn, waf(c)].filter((x): x is string => !!x)];
      from = incoming(ids).map(name);
      if (!from.length) from = ['Users'];
    } else if (z.kind === 'public') {
      if (!ids.length) members = ingress ? [ingress] : [];
      from = ids.length ? incoming(ids).map(name) : cdn || edgeIds.length ? [cdn ?? listOf(edgeIds.map(name))] : ['Users'];
    } else if (z.kind === 'private' || z.kind === 'data') {
      const via = (id: string) => (ingress && (outside.includes(id) || edgeIds.includes(id)) ? ingress : name(id));
      from = incoming(ids).map(via);
    } else if (z.kind === 'management') {
      members = [...m.pipelines.map((x) => x.name), ...(m.iac ? [`${techName(m.iac)} state`] : [])];
      const metrics = decided(c, 'observability.metrics');
      if (metrics) members.push(metrics);
    } else {
      const ext = [
        ...m.externalServices.map((x) => x.id),
        ...m.dataStores.filter((d) => storePlacement(d) === 'external').map((d) => d.id),
      ];
      members = ext.map(name);
      const callers = [...new Set(m.flows.filter((f) => ext.includes(f.to)).map((f) => name(f.from)))];
      from = callers.length ? [`outbound calls from ${listOf(callers)}`] : [];
    }
    if (!members.length) continue;
    rows.push([z.name, [...new Set(members)].join(', '), [...new Set(from)].join(', ') || '—']);
    if (z.kind === 'data') {
      const regional = m.dataStores.filter((d) => storePlacement(d) === 'regional');
      if (regional.length)
        rows.push([
          REGIONAL_ZONE,
          regional.map((d) => d.name).join(', '),
          [...new Set(incoming(regional.map((d) => d.id)).map(name))].join(', ') || '—',
        ]);
    }
  }
  return [h(3, 'Security zones'), table(['Zone', 'Holds', 'Accepts traffic from'], rows)];
}
